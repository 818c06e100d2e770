/**
 * The wind farm's physics: the forecast speed carried to hub height by a logarithmic or Hellman profile ({@link
 * WindProfile}, as windpowerlib), a turbine's power curve read linearly or in log space ({@link PowerCurves}), and
 * {@link WindFarmModel}: the farm's expected power with cut-in, cut-out, availability and the site's speed factor,
 * averaged over the forecast speed's uncertainty, and the hub-height speed a modelled power stands for (which the
 * residual correction rescales). The curve and the farm's settings are {@code core.site.WindFarmSpec}; pure
 * computation, no I/O.
 */
package org.convergence.core.wind;
