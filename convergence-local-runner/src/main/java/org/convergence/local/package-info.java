/**
 * The {@code ./convergence} command line ({@link ConvergenceCli}, picocli): one command class per job ({@code run},
 * {@code daemon}, {@code settle}, {@code backtest}, {@code evaluate}, {@code fetch}, {@code import}, {@code exchange},
 * {@code serve}, {@code benchmark}) reads its options (and settings.yaml, {@link SettingsOption}), wires the library
 * ({@code LocalWiring}, {@code DaemonWiring}) and prints, under the one exit-code table ({@link ExitCode}). Thin CLI
 * wiring only: rules belong in core, models in model, HTTP, files and settings in connectors, SQL in persistence; no
 * dependency on the cloud runner, so wiring both runners share goes to {@code connectors.wiring}.
 */
package org.convergence.local;
