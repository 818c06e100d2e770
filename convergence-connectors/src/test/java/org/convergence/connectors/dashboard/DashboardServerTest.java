package org.convergence.connectors.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardServerTest {
  @TempDir Path dir;
  private DashboardServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws IOException {
    Path web = Files.createDirectories(dir.resolve("web"));
    Files.writeString(web.resolve("index.html"), "<!doctype html><title>t</title>");
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("index.json"), "{\"days\":[]}");
    Files.writeString(data.resolve("2022-03-22.json"), "{\"marketDay\":\"2022-03-22\"}");
    Files.writeString(data.resolve("backtest.json"), "{\"publishedStrategy\":\"hedge\"}");
    Files.writeString(dir.resolve("secret.json"), "{}");
    server = DashboardServer.start(DashboardServer.WebRoot.directory(web), data, 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void servesTheSiteAndTheDataOnLoopbackOnly() throws Exception {
    assertThat(server.url()).startsWith("http://127.0.0.1:");
    assertThat(get("").body()).contains("<title>t</title>");
    HttpResponse<String> index = get("data/index.json");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
        .startsWith("application/json"));
    assertThat(index.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(get("data/2022-03-22.json").body()).contains("2022-03-22");
    assertThat(get("data/backtest.json").body()).contains("hedge");
  }

  @Test
  void unknownAndUnpublishedFilesAre404() throws Exception {
    assertThat(get("data/2022-03-23.json").statusCode()).isEqualTo(404);
    assertThat(get("data/2022-03-23.json").body()).isEqualTo("not published: 2022-03-23.json");
    assertThat(get("data/..%2Fsecret.json").statusCode()).isEqualTo(404);
    assertThat(get("data/notes.txt").statusCode()).isEqualTo(404);
  }

  @Test
  void aWebDirectoryWithoutIndexHtmlIsRejected() {
    assertThatThrownBy(() -> DashboardServer.WebRoot.directory(dir))
        .hasMessageContaining("has no index.html");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
