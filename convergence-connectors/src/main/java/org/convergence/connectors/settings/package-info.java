/**
 * settings.yaml as typed, validated records ({@link ConvergenceSettings}): {@link SettingsLoader} reads it strictly
 * (every key required, unknown or duplicated keys refused, text never coerced into a number or boolean, {@code ${VAR}}
 * substituted), then applies the {@code CONVERGENCE__...} environment overrides and {@code --set} values and checks
 * what the records cannot alone (files that must exist, the holiday region); every failure is a {@link
 * SettingsException} naming the file, the key and what was expected. Secrets are meant to come from the environment;
 * the records' {@code toString} hides them. Building the parts the settings name is the {@code wiring} package's and
 * each source's own; {@code SiteSpec} and the strategies are core's.
 */
package org.convergence.connectors.settings;
