/**
 * The office's consumption behaviour: {@link WorkingCalendar} (when the office is occupied: weekdays within its
 * opening hours on the site's clock, except 21-31 December and, when observed, the region's bank holidays from
 * Jollyday) and {@link OfficeThermalModel} (a one-node model of the office under its thermostat, giving the heater's
 * mean power over each step). The loads and set-points are {@code core.site.DemandSpec}; the half-hourly demand that
 * adds the site's loads, occupancy and heating together is {@code core.energy.SiteEnergyModel}.
 */
package org.convergence.core.demand;
