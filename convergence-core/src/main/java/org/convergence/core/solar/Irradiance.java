package org.convergence.core.solar;

/**
 * Global horizontal (GHI), direct normal (DNI) and diffuse horizontal (DHI) irradiance, W/m2, all &gt;= 0 and
 * DHI &lt;= GHI.
 */
public record Irradiance(double ghiWm2, double dniWm2, double dhiWm2) {
  public static final Irradiance DARK = new Irradiance(0, 0, 0);

  public Irradiance {
    if (!(ghiWm2 >= 0) || !(dniWm2 >= 0) || !(dhiWm2 >= 0)) {
      throw new IllegalArgumentException("irradiance must be finite and >= 0, was GHI " + ghiWm2 + ", DNI "
          + dniWm2 + ", DHI " + dhiWm2);
    }
    if (dhiWm2 > ghiWm2 + 1e-9) {
      throw new IllegalArgumentException("DHI " + dhiWm2 + " exceeds GHI " + ghiWm2);
    }
  }
}
