package org.convergence.core.site;

import java.util.List;
import org.convergence.core.solar.CloudModel;
import org.convergence.core.solar.HorizonProfile;

/**
 * The solar array.
 *
 * @param panels number of panels
 * @param panelAreaM2 area of one panel, m2
 * @param efficiency module efficiency at 25 C (standard test conditions)
 * @param tiltDeg tilt from horizontal, degrees
 * @param azimuthDeg azimuth the panels face, degrees clockwise from north
 * @param panelCapW one panel's DC output cap (its rating), W
 * @param temperatureCoefficientPerC power change per degree C of cell temperature above 25 C (e.g. -0.0037)
 * @param systemLosses fraction lost between modules and meter (wiring, soiling, mismatch, inverter), 0..1
 * @param inverterCapKw the array's AC output cap, kW
 * @param linkeTurbidity Linke turbidity of the clear sky (Ineichen)
 * @param albedo ground reflectance, 0..1
 * @param cloudAttenuation Kasten-Czeplak a: clear-sky index at full cloud cover is 1 - a
 * @param cloudExponent Kasten-Czeplak b
 * @param horizonDeg the skyline's elevation seen from the array at equally spaced azimuths from north, degrees
 *     ({@link HorizonProfile}; calibrated on clear days of the readings)
 */
public record SolarArraySpec(
    int panels,
    double panelAreaM2,
    double efficiency,
    double tiltDeg,
    double azimuthDeg,
    double panelCapW,
    double temperatureCoefficientPerC,
    double systemLosses,
    double inverterCapKw,
    double linkeTurbidity,
    double albedo,
    double cloudAttenuation,
    double cloudExponent,
    List<Double> horizonDeg) {
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
    if (!(systemLosses >= 0 && systemLosses < 1)) {
      throw new IllegalArgumentException("system losses must be within [0, 1), was " + systemLosses);
    }
    if (!(inverterCapKw > 0 && inverterCapKw <= 1_000_000)) {
      throw new IllegalArgumentException("inverter_cap_kw must be within (0, 1000000] kW, was " + inverterCapKw);
    }
    if (!(linkeTurbidity >= 1 && linkeTurbidity <= 10)) {
      throw new IllegalArgumentException("Linke turbidity must be within [1, 10], was " + linkeTurbidity);
    }
    if (!(albedo >= 0 && albedo <= 1)) {
      throw new IllegalArgumentException("albedo must be within [0, 1], was " + albedo);
    }
    new CloudModel(cloudAttenuation, cloudExponent);
    horizonDeg = new HorizonProfile(horizonDeg).elevationDeg();
  }

  /** Total panel area, m2. */
  public double areaM2() {
    return panels * panelAreaM2;
  }

  /** The array's DC cap: panels x panel cap, kW. */
  public double dcCapKw() {
    return panels * panelCapW / 1000;
  }

  public HorizonProfile horizon() {
    return new HorizonProfile(horizonDeg);
  }

  public CloudModel cloudModel() {
    return new CloudModel(cloudAttenuation, cloudExponent);
  }
}
