/**
 * The long-term seasonal component (LTSC) of a price series, for the seasonal-component ("SCAR") variant of LEAR
 * (Nowotarski &amp; Weron 2018; Jedrzejewski, Marcjasz &amp; Weron 2021, Energies 14, 3249): a smooth level estimated from
 * the daily mean prices of a calibration window only ({@link HodrickPrescott}, {@link SeasonalLevel}), subtracted from
 * the prices a model sees and forecast by persistence of its last value. Pure computation; no I/O here.
 */
package org.convergence.model.ltsc;
