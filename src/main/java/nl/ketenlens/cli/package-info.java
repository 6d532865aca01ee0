/**
 * The {@code ketenlens} command line: one thin {@code final} picocli class per verb over {@link
 * nl.ketenlens.cli.StoreCommand} (opens the store in the Spring source the application passes to {@link
 * nl.ketenlens.cli.KetenlensCli}) and {@link nl.ketenlens.cli.AnalysisCommand} ({@code --format}). Commands call one
 * feature service (or a {@code bench} benchmark) and print through {@code output} renderers.
 */
package nl.ketenlens.cli;
