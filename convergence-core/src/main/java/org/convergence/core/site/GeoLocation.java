package org.convergence.core.site;

/** A point on the earth: latitude and longitude in degrees (north and east positive), elevation in metres. */
public record GeoLocation(double latitudeDeg, double longitudeDeg, double elevationM) {
  public GeoLocation {
    if (!(latitudeDeg >= -90 && latitudeDeg <= 90)) {
      throw new IllegalArgumentException("latitude must be within [-90, 90] degrees, was " + latitudeDeg);
    }
    if (!(longitudeDeg >= -180 && longitudeDeg <= 180)) {
      throw new IllegalArgumentException("longitude must be within [-180, 180] degrees, was " + longitudeDeg);
    }
    if (!(elevationM >= -500 && elevationM <= 9000)) {
      throw new IllegalArgumentException("elevation must be within [-500, 9000] m, was " + elevationM);
    }
  }
}
