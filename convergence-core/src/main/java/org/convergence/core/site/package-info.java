/**
 * What the site is, as settings.yaml's {@code site} describes it: {@link SiteSpec} (name, {@link GeoLocation}, grid
 * connection, wind farm, solar array, demand, residual correction), {@link WindFarmSpec} with its {@link PowerCurve},
 * {@link SolarArraySpec}, and {@link DemandSpec} with its {@link HeatingSpec}: validated records with a few derived
 * figures (rated power, array area). The physics that reads them is {@code core.wind}, {@code core.solar}, {@code
 * core.demand} and {@code core.energy}; parsing settings.yaml is connectors' ({@code SettingsLoader}).
 */
package org.convergence.core.site;
