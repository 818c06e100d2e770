package org.convergence.core.solar;

/** PV cell/module temperature models. */
public final class CellTemperature {
  /** Faiman's defaults (pvlib.temperature.faiman): u0 W/(m2 K), u1 W s/(m3 K). */
  public static final double FAIMAN_U0 = 25.0;
  public static final double FAIMAN_U1 = 6.84;

  private CellTemperature() {}

  /**
   * Faiman (2008): T = T_air + POA / (u0 + u1 x wind), degrees C.
   *
   * @param poaWm2 irradiance on the plane of array, W/m2
   * @param airTemperatureC air temperature, C
   * @param windSpeedMps wind speed at module height, m/s
   */
  public static double faimanC(double poaWm2, double airTemperatureC, double windSpeedMps, double u0, double u1) {
    return airTemperatureC + poaWm2 / (u0 + u1 * Math.max(windSpeedMps, 0));
  }

  public static double faimanC(double poaWm2, double airTemperatureC, double windSpeedMps) {
    return faimanC(poaWm2, airTemperatureC, windSpeedMps, FAIMAN_U0, FAIMAN_U1);
  }
}
