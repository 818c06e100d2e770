package org.convergence.core.solar;

/**
 * Met Office significant-weather codes (DataHub spot data, 0..30) mapped to a total cloud cover, %, for sources
 * that give a weather code but no cloud cover or irradiance. Values are the cover each code's definition implies
 * (clear 0-2 oktas, partly cloudy 3-5 oktas, cloudy 6-7, overcast 8; precipitation and fog from thick cloud);
 * how cloud cover then dims the clear sky is calibrated on the site's readings (see {@link CloudModel}).
 */
public final class SignificantWeather {
  private static final double[] COVER_PCT = {
    10, // 0 clear night
    10, // 1 sunny day
    50, // 2 partly cloudy (night)
    50, // 3 partly cloudy (day)
    Double.NaN, // 4 not used
    90, // 5 mist
    100, // 6 fog
    85, // 7 cloudy
    100, // 8 overcast
    80, // 9 light rain shower (night)
    80, // 10 light rain shower (day)
    100, // 11 drizzle
    100, // 12 light rain
    90, // 13 heavy rain shower (night)
    90, // 14 heavy rain shower (day)
    100, // 15 heavy rain
    90, // 16 sleet shower (night)
    90, // 17 sleet shower (day)
    100, // 18 sleet
    90, // 19 hail shower (night)
    90, // 20 hail shower (day)
    100, // 21 hail
    85, // 22 light snow shower (night)
    85, // 23 light snow shower (day)
    100, // 24 light snow
    95, // 25 heavy snow shower (night)
    95, // 26 heavy snow shower (day)
    100, // 27 heavy snow
    95, // 28 thunder shower (night)
    95, // 29 thunder shower (day)
    100, // 30 thunder
  };

  private SignificantWeather() {}

  /** Cloud cover, %, implied by a code; NaN for a missing code (-1 or NaN); an error for an unknown one. */
  public static double cloudCoverPct(double code) {
    if (Double.isNaN(code) || code == -1) {
      return Double.NaN;
    }
    int c = (int) code;
    if (c != code || c < 0 || c >= COVER_PCT.length || Double.isNaN(COVER_PCT[c])) {
      throw new IllegalArgumentException("unknown Met Office significant weather code " + code
          + " (expected 0..30 except 4, or -1 for not available)");
    }
    return COVER_PCT[c];
  }
}
