package org.convergence.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrong connection settings give a clear error naming host and database, never the password. */
class ConnectionErrorTest {

  private static String everything(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  @Test
  void nothingListeningNamesHostPortAndDatabaseButNotThePassword() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    String password = "pw-must-not-leak-7731";
    DatabaseConfig config = DatabaseConfig.server("jdbc:mysql://127.0.0.1:" + port + "/convergence_nowhere",
        "convergence", password);

    DatabaseConnectionException e = catchThrowableOfType(DatabaseConnectionException.class,
        () -> Databases.open(config));

    assertThat(e.getMessage())
        .startsWith("cannot connect to database 'convergence_nowhere' on host 127.0.0.1:" + port
            + " as user 'convergence': ")
        .contains("Communications link failure");
    assertThat(everything(e)).doesNotContain(password);
  }

  @Test
  void aWrongPasswordForTheEmbeddedDatabaseNamesItsPathButNoPassword(@TempDir Path tmp) {
    DatabaseConfig right = DatabaseConfig.embedded(tmp);
    right = new DatabaseConfig(right.jdbcUrl(), "sa", "right-horse-battery", Map.of(), 2);
    Databases.open(right).close();
    DatabaseConfig wrong = new DatabaseConfig(right.jdbcUrl(), "sa", "wrong-staple-42", Map.of(), 2);

    DatabaseConnectionException e = catchThrowableOfType(DatabaseConnectionException.class,
        () -> Databases.open(wrong));

    assertThat(e.getMessage())
        .startsWith("cannot connect to embedded H2 database " + tmp.toAbsolutePath().normalize().resolve("convergence"))
        .containsIgnoringCase("wrong user name or password");
    assertThat(everything(e)).doesNotContain("wrong-staple-42").doesNotContain("right-horse-battery");
  }

  @Test
  void aWrongPasswordForMariaDbNamesHostAndDatabaseButNotThePassword() {
    TestDatabases.assumeMariaDb("ConnectionErrorTest on MySQL/MariaDB");
    DatabaseConfig real = TestDatabases.serverFromEnvironment();
    String password = "not-the-password-" + System.nanoTime();
    DatabaseConfig wrong = DatabaseConfig.server(real.jdbcUrl(), real.user(), password);

    DatabaseConnectionException e = catchThrowableOfType(DatabaseConnectionException.class,
        () -> Databases.open(wrong));

    assertThat(e.getMessage())
        .startsWith("cannot connect to " + real.describe() + " as user '" + real.user() + "': ")
        .contains("Access denied");
    assertThat(real.describe()).contains("on host ");
    assertThat(everything(e)).doesNotContain(password).doesNotContain(real.password());
  }

  @Test
  void aMasterPasswordEchoedByADriverIsMasked() {
    DatabaseConfig config = DatabaseConfig.server("jdbc:mysql://db.internal:3306/convergence", "u", "hunter2-x");
    String text = Databases.causes(new RuntimeException("login hunter2-x refused"), config);
    assertThat(text).isEqualTo("login **** refused");
  }

  @Test
  void aPasswordWrittenIntoTheUrlIsNeverInTheMessage() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    String secret = "url-pw-Qz8-never-shown";
    DatabaseConfig config = DatabaseConfig.server("jdbc:mysql://admin:" + secret + "@127.0.0.1:" + port
        + "/convergence_nowhere?password=" + secret + "&connectTimeout=2000", "", "");

    DatabaseConnectionException e = catchThrowableOfType(DatabaseConnectionException.class,
        () -> Databases.open(config));

    assertThat(e.getMessage()).startsWith("cannot connect to database 'convergence_nowhere' on host 127.0.0.1:"
        + port + " as user '': ").doesNotContain(secret);
    assertThat(config.describe()).isEqualTo("database 'convergence_nowhere' on host 127.0.0.1:" + port);
    assertThat(config.toString()).doesNotContain(secret);
    assertThat(Databases.causes(new RuntimeException("Malformed database URL, failed to parse near ':" + secret
        + "@127.0.0.1'"), config)).isEqualTo("Malformed database URL, failed to parse near ':****@127.0.0.1'");
  }

  @Test
  void aWrongSchemeIsNamedWithoutTheRestOfTheUrl() {
    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
        () -> DatabaseConfig.server("jdbc:postgresql:admin:pw-Qz8-secret@db/x", "u", ""));
    assertThat(e.getMessage()).isEqualTo("database URL must start with jdbc:mysql:// or jdbc:h2:, was"
        + " 'jdbc:postgresql:...'");
  }
}
