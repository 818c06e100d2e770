package org.convergence.core.site;

/**
 * The solar array: number of panels, area (m2) and efficiency of one panel, tilt from horizontal and azimuth
 * (degrees from north, clockwise), the panel's output cap (W) and the power temperature coefficient (per degree C,
 * e.g. -0.0037 for -0.37 %/C).
 */
public record SolarArraySpec(
    int panels,
    double panelAreaM2,
    double efficiency,
    double tiltDeg,
    double azimuthDeg,
    double panelCapW,
    double temperatureCoefficientPerC) {
  public SolarArraySpec {
    if (panels < 0 || panels > 1_000_000) {
      throw new IllegalArgumentException("panels must be within [0, 1000000], was " + panels);
    }
    if (!(panelAreaM2 > 0 && panelAreaM2 <= 10)) {
      throw new IllegalArgumentException("panel area must be within (0, 10] m2, was " + panelAreaM2);
    }
    if (!(efficiency > 0 && efficiency <= 1)) {
      throw new IllegalArgumentException("efficiency must be within (0, 1], was " + efficiency);
    }
    if (!(tiltDeg >= 0 && tiltDeg <= 90)) {
      throw new IllegalArgumentException("tilt must be within [0, 90] degrees, was " + tiltDeg);
    }
    if (!(azimuthDeg >= 0 && azimuthDeg < 360)) {
      throw new IllegalArgumentException("azimuth must be within [0, 360) degrees, was " + azimuthDeg);
    }
    if (!(panelCapW > 0 && panelCapW <= 10_000)) {
      throw new IllegalArgumentException("panel cap must be within (0, 10000] W, was " + panelCapW);
    }
    if (!(temperatureCoefficientPerC >= -0.02 && temperatureCoefficientPerC <= 0)) {
      throw new IllegalArgumentException(
          "temperature coefficient must be within [-0.02, 0] per C, was " + temperatureCoefficientPerC);
    }
  }

  /** Total panel area, m2. */
  public double areaM2() {
    return panels * panelAreaM2;
  }
}
