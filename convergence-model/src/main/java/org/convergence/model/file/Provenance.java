package org.convergence.model.file;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Where a model came from (after Tribuo's provenance): the data set and training window, the features, the
 * hyper-parameters, the library versions and the measured accuracy.
 *
 * @param forecastFrom the first market day the model was trained to forecast
 * @param metrics accuracy of the recipe, e.g. {@code mae}, {@code rmae}, {@code smape}, {@code rmse},
 *     {@code coverage_10_90}, with {@code metricsPeriod} saying over which days (rolling recalibration)
 */
public record Provenance(String dataset, String dataSha256, LocalDate trainFrom, LocalDate trainTo,
    LocalDate forecastFrom, Instant createdAt, List<String> features, Map<String, Object> hyperParameters,
    Map<String, String> libraryVersions, Map<String, Double> metrics, String metricsPeriod) {

  /** Versions of the libraries and runtime that produced a model. */
  public static Map<String, String> currentLibraryVersions() {
    return Map.of(
        "smile-core", packageVersion(smile.regression.GradientTreeBoost.class, "3.1.1"),
        "jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString(),
        "java", System.getProperty("java.version"),
        "convergence-model", packageVersion(Provenance.class, "dev"));
  }

  private static String packageVersion(Class<?> c, String fallback) {
    String v = c.getPackage() == null ? null : c.getPackage().getImplementationVersion();
    return v == null ? fallback : v;
  }
}
