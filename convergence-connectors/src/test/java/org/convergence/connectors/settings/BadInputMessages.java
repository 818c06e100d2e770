package org.convergence.connectors.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The secrets the bad-input tests run with, and the scan that no message repeats them. */
final class BadInputMessages {
  static final String DB_PASSWORD = "pw-Xq7-never-shown";
  static final String EXCHANGE_KEY = "exkey-Vb3-never-shown";
  static final String METOFFICE_KEY = "mokey-Zt9-never-shown";
  static final String DB_URL = "jdbc:mysql://admin:" + DB_PASSWORD + "@db.example:3306/conv?password="
      + DB_PASSWORD;

  /** An environment holding every secret settings.yaml reads. */
  static final Map<String, String> SECRET_ENVIRONMENT = Map.of(
      "CONVERGENCE_DB_URL", DB_URL,
      "CONVERGENCE_DB_USER", "admin",
      "CONVERGENCE_DB_PASSWORD", DB_PASSWORD,
      "CONVERGENCE_EXCHANGE_KEY", EXCHANGE_KEY,
      "CONVERGENCE_METOFFICE_API_KEY", METOFFICE_KEY);

  private static final List<String> SECRETS = List.of(DB_PASSWORD, EXCHANGE_KEY, METOFFICE_KEY);

  private BadInputMessages() {}

  static void assertNoSecretIn(Collection<String> messages) {
    for (String m : messages) {
      for (String secret : SECRETS) {
        assertThat(m).as("a message repeats a secret").doesNotContain(secret);
      }
    }
  }
}
