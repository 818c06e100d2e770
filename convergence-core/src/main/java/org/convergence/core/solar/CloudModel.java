package org.convergence.core.solar;

/**
 * Turns total cloud cover into a clear-sky index (GHI / clear-sky GHI) by Kasten and Czeplak's (1980) form
 * {@code kc = 1 - a (N/100)^b}; the published values are a = 0.75, b = 3.4. The site's values are calibrated on its
 * readings (settings.yaml, site.solar).
 */
public record CloudModel(double attenuation, double exponent) {
  public static final CloudModel KASTEN_CZEPLAK = new CloudModel(0.75, 3.4);

  public CloudModel {
    if (!(attenuation >= 0 && attenuation <= 1)) {
      throw new IllegalArgumentException("cloud attenuation must be within [0, 1], was " + attenuation);
    }
    if (!(exponent > 0 && exponent <= 10)) {
      throw new IllegalArgumentException("cloud exponent must be within (0, 10], was " + exponent);
    }
  }

  /** Clear-sky index for a cloud cover in %, 0..100. */
  public double clearSkyIndex(double cloudCoverPct) {
    if (Double.isNaN(cloudCoverPct)) {
      throw new IllegalArgumentException("cloud cover is missing (NaN)");
    }
    double n = Math.min(Math.max(cloudCoverPct / 100, 0), 1);
    return 1 - attenuation * Math.pow(n, exponent);
  }
}
