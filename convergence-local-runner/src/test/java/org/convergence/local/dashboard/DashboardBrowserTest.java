package org.convergence.local.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.time.Instant;
import org.convergence.connectors.dashboard.FileSystemDashboardPublisher;
import org.convergence.core.dashboard.DashboardTestDays;
import org.convergence.core.dashboard.FailedRun;
import org.convergence.core.time.MarketDay;
import org.convergence.local.ConvergenceCli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import picocli.CommandLine;

/**
 * The dashboard in headless Chromium (Debian's chromium and chromedriver), served by {@code ./convergence serve} on
 * loopback from the fixture of two real market days. Screenshots of every tab go to
 * {@code target/dashboard-screenshots/}. Without chromium the tests skip, unless {@code CI} is set
 * ({@link BrowserPrerequisites}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(BrowserPrerequisites.Condition.class)
class DashboardBrowserTest {
  static final Path CHROMIUM = BrowserPrerequisites.CHROMIUM;
  static final Path CHROMEDRIVER = BrowserPrerequisites.CHROMEDRIVER;
  static final List<String> TABS = List.of("overview", "history", "strategies", "prices", "energy", "weather", "solar", "bids", "pnl", "carbon");
  static final String DAY_1 = "2022-03-22";
  static final String FIRST_RUN_DAY = "2022-03-24";
  static final String DAY_2 = "2022-03-23";
  static final Path SCREENSHOTS = Path.of("target", "dashboard-screenshots");

  private final List<Serve> servers = new ArrayList<>();
  private Path tmp;
  private Path goodData;
  private Serve good;
  private Serve broken;
  private Serve empty;
  private Serve firstRun;
  private Serve failedRun;
  private Serve backtested;
  private Path backtestedData;
  private Serve priceOnly;
  private Path priceOnlyData;
  private Serve replayRun;
  private Serve replaySettled;
  private Serve longHistory;
  private Serve negativePrices;
  private Path replaySettledData;
  private ChromeDriver driver;

  @BeforeAll
  void start() throws Exception {
    BrowserPrerequisites prerequisites = BrowserPrerequisites.here();
    if (prerequisites.verdict() != BrowserPrerequisites.Verdict.RUN) {
      fail(prerequisites.message()); // under CI (the condition skips the class otherwise)
    }
    tmp = Files.createTempDirectory("convergence-dashboard-test");
    goodData = Files.createDirectories(tmp.resolve("good"));
    for (String f : List.of("index.json", DAY_1 + ".json", DAY_2 + ".json", "backtest.json")) {
      copyFixture(f, goodData.resolve(f));
    }
    // an index that lists a missing file, a cut-off file and a file of the wrong shape, beside a good day
    Path brokenData = Files.createDirectories(tmp.resolve("broken"));
    copyFixture(DAY_1 + ".json", brokenData.resolve(DAY_1 + ".json"));
    copyFixture("backtest.json", brokenData.resolve("backtest.json"));
    String day1 = Files.readString(brokenData.resolve(DAY_1 + ".json"));
    Files.writeString(brokenData.resolve("2022-03-25.json"), day1.substring(0, 700).replace(DAY_1, "2022-03-25"));
    JsonNode wrong = new ObjectMapper().readTree(day1.replace(DAY_1, "2022-03-26"));
    ((com.fasterxml.jackson.databind.node.ArrayNode) wrong.get("bids")).remove(23);
    ((com.fasterxml.jackson.databind.node.ObjectNode) wrong.get("bids").get(4)).put("volumeMWh", "lots");
    Files.writeString(brokenData.resolve("2022-03-26.json"), wrong.toString());
    String index = fixture("index.json");
    String entry = "{\"marketDay\":\"%s\",\"file\":\"%s.json\",\"status\":\"settled\",\"generatedAt\":"
        + "\"2022-03-27T00:00:00Z\",\"pnlGbp\":1.0,\"carbonSavedKgCo2\":1.0}";
    JsonNode brokenIndex = new ObjectMapper().readTree(index);
    var days = (com.fasterxml.jackson.databind.node.ArrayNode) brokenIndex.get("days");
    days.remove(1);
    for (String d : List.of("2022-03-24", "2022-03-25", "2022-03-26")) {
      days.add(new ObjectMapper().readTree(String.format(entry, d, d)));
    }
    Files.writeString(brokenData.resolve("index.json"), brokenIndex.toString());

    // the first run of a new site: the exchange holds the day's orders, no price is known yet
    Path firstRunData = tmp.resolve("first-run");
    new FileSystemDashboardPublisher(firstRunData, "Test site").publish(
        DashboardTestDays.forecastOnly(MarketDay.parse(FIRST_RUN_DAY), Instant.parse("2022-03-23T08:30:00Z")));
    // the fixture's two settled days, then the run for the next day failed before it published anything
    Path failedData = Files.createDirectories(tmp.resolve("failed"));
    for (String f : List.of("index.json", DAY_1 + ".json", DAY_2 + ".json", "backtest.json")) {
      copyFixture(f, failedData.resolve(f));
    }
    new FileSystemDashboardPublisher(failedData, "Test site").publishFailedRun(new FailedRun(
        MarketDay.parse(FIRST_RUN_DAY), Instant.parse("2022-03-23T08:31:00Z"),
        "the weather source failed: HTTP 503 from api.open-meteo.com"));

    // the acceptance data, made here by the product: a real backtest of six bundled days (four metered, published)
    backtestedData = tmp.resolve("backtested");
    run("backtest", "--settings", DashboardFixture.SETTINGS.toString(), "--from", BACKTEST_FROM, "--to", BACKTEST_TO,
        "--dashboard", backtestedData.toString());
    // a real price-only backtest (2021: prices, no readings or weather): a strategy comparison, no published day
    priceOnlyData = tmp.resolve("price-only");
    run("backtest", "--settings", DashboardFixture.SETTINGS.toString(), "--from", "2021-06-01", "--to", "2021-06-02",
        "--dashboard", priceOnlyData.toString());
    // a real replayed run of a day (submitted, awaiting prices), then its real settlement
    Path settings = replaySettings();
    run("run", "--settings", settings.toString(), "--date", SETTLE_DAY);
    Path runOnly = Files.createDirectories(tmp.resolve("replay-run"));
    try (var files = Files.list(tmp.resolve("replay").resolve("dashboard"))) {
      for (Path f : files.toList()) {
        Files.copy(f, runOnly.resolve(f.getFileName()));
      }
    }
    run("settle", "--settings", settings.toString(), "--date", SETTLE_DAY);
    replaySettledData = tmp.resolve("replay").resolve("dashboard");

    // a long live history (400 days) for the date axes, and a day whose clearing prices go below zero
    Path longData = tmp.resolve("long");
    FileSystemDashboardPublisher many = new FileSystemDashboardPublisher(longData, "Test site");
    MarketDay first = MarketDay.parse("2021-01-01");
    for (int i = 0; i < LONG_DAYS; i++) {
      MarketDay d = MarketDay.of(first.date().plusDays(i));
      many.publish(DashboardTestDays.settled(d, d.deliveryEnd()));
    }
    MarketDay negativeDay = MarketDay.parse(FIRST_RUN_DAY);
    new FileSystemDashboardPublisher(tmp.resolve("negative"), "Test site").publish(
        org.convergence.core.dashboard.DashboardDay.builder("Test site", negativeDay.deliveryEnd(),
            DashboardTestDays.priceForecast(negativeDay), DashboardTestDays.energyForecast(negativeDay),
            DashboardTestDays.orders(negativeDay))
            .clearingPrices(org.convergence.core.time.HourId.all().stream().map(h -> new org.convergence.core.market
                .HourPrice(negativeDay, h, h.value() <= 4 ? -12.5 * h.value() : 40)).toList())
            .imbalancePrices(DashboardTestDays.imbalance(negativeDay, 60))
            .siteReadings(DashboardTestDays.readings(negativeDay))
            .grid(new org.convergence.core.market.GridConnection(0.5, 0.5))
            .build());

    good = serve(goodData);
    longHistory = serve(longData);
    negativePrices = serve(tmp.resolve("negative"));
    backtested = serve(backtestedData);
    priceOnly = serve(priceOnlyData);
    replayRun = serve(runOnly);
    replaySettled = serve(replaySettledData);
    firstRun = serve(firstRunData);
    failedRun = serve(failedData);
    broken = serve(brokenData);
    empty = serve(Files.createDirectories(tmp.resolve("empty")));

    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")), "--window-size=1360,1000",
        "--force-device-scale-factor=1", "--lang=en-GB");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  void stop() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    for (Serve s : servers) {
      s.stop();
    }
    if (tmp != null) {
      try (var files = Files.walk(tmp)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  static final int LONG_DAYS = 400;
  static final String BACKTEST_FROM = "2022-03-18";
  static final String BACKTEST_TO = "2022-03-23";
  static final String SETTLE_DAY = "2022-04-29";

  /** The shipped settings.yaml with the embedded database and the dashboard folder under the test's folder. */
  private Path replaySettings() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("replay"));
    return org.convergence.local.ShippedSettings.writeIn(dir);
  }

  private static void run(String... args) {
    CommandLine cli = ConvergenceCli.commandLine();
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    cli.setOut(new java.io.PrintWriter(out));
    cli.setErr(new java.io.PrintWriter(err));
    int exit = cli.execute(args);
    if (exit != 0) {
      throw new IllegalStateException(String.join(" ", args) + " exited " + exit + ": " + err + out);
    }
  }

  // ---- the acceptance, on data the product published in this test

  @Test
  void theHistoryOfARealBacktestEqualsBacktestJsonsDailyFiguresToThePenny() throws IOException {
    open(backtested, "#tab=history");
    JsonNode backtest = new ObjectMapper().readTree(backtestedData.resolve("backtest.json").toFile());
    JsonNode index = new ObjectMapper().readTree(backtestedData.resolve("index.json").toFile());
    String strategy = backtest.get("publishedStrategy").asText();
    JsonNode published = null;
    for (JsonNode st : backtest.get("strategies")) {
      if (st.get("strategy").asText().equals(strategy)) {
        published = st;
      }
    }
    assertThat(published).as("the published strategy is in backtest.json").isNotNull();
    List<String> metered = new ArrayList<>();
    java.util.Map<String, Double> daily = new java.util.HashMap<>();
    for (int i = 0; i < backtest.get("days").size(); i++) {
      JsonNode d = backtest.get("days").get(i);
      daily.put(d.get("marketDay").asText(), published.get("daily_value_added_gbp").get(i).asDouble());
      if (d.get("metered").asBoolean()) {
        metered.add(d.get("marketDay").asText());
      }
    }
    assertThat(metered).as("a few metered days").hasSizeGreaterThanOrEqualTo(2);
    List<WebElement> rows = driver.findElements(By.cssSelector("#history-table tbody tr"));
    assertThat(rows.stream().map(r -> cell(r, "marketDay").getDomAttribute("data-value")).toList())
        .as("one row per published day: the published strategy's metered days").isEqualTo(metered)
        .hasSize(index.get("days").size());
    for (WebElement row : rows) {
      String day = cell(row, "marketDay").getDomAttribute("data-value");
      double shown = Double.parseDouble(cell(row, "valueAddedGbp").getDomAttribute("data-value"));
      assertThat(Math.round(shown * 100)).as("value added of " + day + " in pence")
          .isEqualTo(Math.round(daily.get(day) * 100));
      assertThat(cell(row, "valueAddedGbp").getText()).isEqualTo(pounds(daily.get(day)));
      assertThat(cell(row, "priceMaeGbpPerMWh").getText()).matches("[0-9.,]+");
      assertThat(cell(row, "netEnergyMaeKWh").getText()).matches("[0-9.,]+");
    }
    assertThat(csvRows()).isEqualTo(tableRows()).hasSize(rows.size() + 1);
    assertThat(driver.findElement(By.id("source-note")).getText()).contains("Backtest data");
    assertThat(driver.findElement(By.id("stale")).isDisplayed()).as("backtest data is never stale").isFalse();
    screenshot("acceptance-backtest-history");

    // sorted by value added, highest first: the CSV follows the rows shown
    driver.findElement(By.cssSelector("#history-table th[data-sort='valueAddedGbp'] button")).click();
    List<Double> sorted = driver.findElements(By.cssSelector("#history-table tbody td[data-field='valueAddedGbp']"))
        .stream().map(td -> Double.parseDouble(td.getDomAttribute("data-value"))).toList();
    assertThat(sorted).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(driver.findElement(By.cssSelector("#history-table th[data-sort='valueAddedGbp']"))
        .getDomAttribute("aria-sort")).isEqualTo("descending");
    assertThat(csvRows()).isEqualTo(tableRows());
    screenshot("acceptance-backtest-history-sorted");
    assertThat(consoleProblems()).isEmpty();
  }

  @Test
  void theStrategyChartHasOneSeriesPerStrategyAndTheTableTheBacktestsMetrics() throws IOException {
    open(backtested, "#tab=strategies");
    waitFor(() -> driver.findElement(By.id("tab-strategies")).isDisplayed());
    JsonNode backtest = new ObjectMapper().readTree(backtestedData.resolve("backtest.json").toFile());
    List<String> names = new ArrayList<>();
    backtest.get("strategies").forEach(st -> names.add(st.get("strategy").asText()));
    assertThat(names).contains("none", backtest.get("publishedStrategy").asText()).hasSizeGreaterThan(2);
    @SuppressWarnings("unchecked")
    List<String> labels = (List<String>) ((JavascriptExecutor) driver).executeScript(
        "return window.convergenceDashboard.charts.get('strategies').series.slice(1).map((s) => s.label);");
    assertThat(labels).as("one series per strategy").isEqualTo(names);
    @SuppressWarnings("unchecked")
    List<Number> lastPoints = (List<Number>) ((JavascriptExecutor) driver).executeScript(
        "const u = window.convergenceDashboard.charts.get('strategies');"
            + "return u.data.slice(1).map((col) => col[col.length - 1]);");
    assertThat(coloredPixels("strategies")).isGreaterThan(300);
    List<WebElement> rows = driver.findElements(By.cssSelector("#backtest-table tbody tr"));
    assertThat(rows).hasSize(names.size());
    for (int i = 0; i < names.size(); i++) {
      JsonNode st = backtest.get("strategies").get(i);
      double sum = 0;
      for (JsonNode v : st.get("daily_value_added_gbp")) {
        sum += v.asDouble();
      }
      assertThat(lastPoints.get(i).doubleValue()).as("cumulative value added of " + names.get(i))
          .isCloseTo(st.get("value_added_gbp").asDouble(), within(0.011));
      assertThat(sum).isCloseTo(st.get("value_added_gbp").asDouble(), within(0.011));
      WebElement row = driver.findElement(
          By.xpath("//table[@id='backtest-table']/tbody/tr[th='" + names.get(i) + "']"));
      for (String metric : List.of("value_added_gbp", "bound_share", "sharpe", "value_added_max_drawdown_gbp",
          "worst_day_gbp")) {
        String v = cell(row, metric).getDomAttribute("data-value");
        if (st.get(metric).isNull()) {
          assertThat(v).as(names.get(i) + " " + metric).isEmpty();
        } else {
          assertThat(Double.parseDouble(v)).as(names.get(i) + " " + metric).isEqualTo(st.get(metric).asDouble());
        }
      }
    }
    // sorted by value added, highest first, by default
    List<Double> shown = driver.findElements(By.cssSelector("#backtest-table td[data-field='value_added_gbp']"))
        .stream().map(td -> Double.parseDouble(td.getDomAttribute("data-value"))).toList();
    assertThat(shown).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    screenshot("acceptance-strategies");
    assertThat(consoleProblems()).isEmpty();
  }

  @Test
  void aBacktestWithNoMeteredDayShowsItsStrategyComparisonAlone() throws IOException {
    JsonNode index = new ObjectMapper().readTree(priceOnlyData.resolve("index.json").toFile());
    JsonNode backtest = new ObjectMapper().readTree(priceOnlyData.resolve("backtest.json").toFile());
    assertThat(index.get("days")).as("no day published").isEmpty();
    assertThat(backtest.get("days")).hasSize(2).allSatisfy(d -> assertThat(d.get("metered").asBoolean()).isFalse());
    open(priceOnly, "");
    assertThat(state()).isEqualTo("ready");
    assertMessage("This backtest published no market day", "It settled 2 market days (2 price-only, no metered day)");
    waitFor(() -> driver.findElement(By.id("tab-strategies")).isDisplayed());
    List<String> shownTabs = driver.findElements(By.cssSelector(".tabs button")).stream()
        .filter(WebElement::isDisplayed).map(b -> b.getDomAttribute("data-tab")).toList();
    assertThat(shownTabs).containsExactly("strategies");
    List<WebElement> rows = driver.findElements(By.cssSelector("#backtest-table tbody tr"));
    assertThat(rows).hasSize(backtest.get("strategies").size());
    // P&L sums the metered days: with none the cell says so rather than showing a sum over nothing as £0.00
    assertThat(backtest.get("strategies")).allSatisfy(st -> assertThat(st.get("days").asInt()).isZero());
    for (WebElement row : rows) {
      WebElement pnl = cell(row, "pnl_gbp");
      assertThat(pnl.getText()).as(row.getText()).isEqualTo("no metered day");
      assertThat(pnl.getDomAttribute("data-value")).as("no P&L figure").isEmpty();
    }
    @SuppressWarnings("unchecked")
    List<Number> lastPoints = (List<Number>) ((JavascriptExecutor) driver).executeScript(
        "const u = window.convergenceDashboard.charts.get('strategies');"
            + "return u.data.slice(1).map((col) => col[col.length - 1]);");
    for (int i = 0; i < backtest.get("strategies").size(); i++) {
      assertThat(lastPoints.get(i).doubleValue()).as("cumulative value added of strategy " + i)
          .isCloseTo(backtest.get("strategies").get(i).get("value_added_gbp").asDouble(), within(0.011));
    }
    screenshot("backtest-price-only-strategies");
    assertThat(consoleProblems()).isEmpty();
  }

  @Test
  void aRealReplayedRunSaysAwaitingPricesAndItsRealSettlementSettlesIt() throws IOException {
    open(replayRun, "");
    assertThat(state()).isEqualTo("ready");
    assertThat(currentDay()).isEqualTo(SETTLE_DAY);
    assertThat(driver.findElement(By.id("day-status")).getDomProperty("textContent"))
        .isEqualTo("submitted, awaiting prices");
    assertThat(kpi("day-fills").getText()).contains("submitted").contains("awaiting prices").doesNotContain("0 /");
    assertThat(kpi("all-fills").getText()).contains("submitted").contains("awaiting prices").doesNotContain("0 /");
    assertThat(driver.findElement(By.id("source-note")).getText()).contains("Replayed data");
    assertThat(driver.findElement(By.id("stale")).isDisplayed()).as("replayed data is never stale").isFalse();
    screenshot("acceptance-run-awaiting-prices");

    open(replaySettled, "#tab=history");
    assertThat(driver.findElement(By.id("day-status")).getDomProperty("textContent")).isEqualTo("settled");
    JsonNode index = new ObjectMapper().readTree(replaySettledData.resolve("index.json").toFile());
    List<WebElement> rows = driver.findElements(By.cssSelector("#history-table tbody tr"));
    assertThat(rows).hasSize(1);
    assertThat(Double.parseDouble(cell(rows.get(0), "valueAddedGbp").getDomAttribute("data-value")))
        .isEqualTo(index.at("/days/0/valueAddedGbp").asDouble());
    assertThat(csvRows()).isEqualTo(tableRows());
    screenshot("acceptance-settled-history");
    driver.findElement(By.cssSelector(".tabs button[data-tab='overview']")).click();
    waitFor(() -> driver.findElement(By.id("tab-overview")).isDisplayed());
    assertThat(kpi("day-priceMae").getText()).contains("£").contains("/MWh");
    assertThat(kpi("day-energyMae").getText()).contains("kWh");
    screenshot("acceptance-settled-overview");
    assertThat(consoleProblems()).isEmpty();
  }

  @Test
  void liveDataOlderThanTheLatestGateShowsTheStaleBanner() throws IOException {
    // the first-run data was published 2022-03-23 08:30Z: fresh until the next gate, 2022-03-24 09:00Z
    driver.manage().logs().get(LogType.BROWSER);
    driver.get(firstRun.url + "?now=2022-03-23T12:00:00Z");
    waitFor(() -> !"loading".equals(state()));
    assertThat(driver.findElement(By.id("stale")).isDisplayed()).isFalse();
    driver.get(firstRun.url + "?now=2022-03-24T09:05:00Z");
    waitFor(() -> !"loading".equals(state()));
    assertThat(driver.findElement(By.id("stale")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.id("stale-title")).getText())
        .isEqualTo("The data is older than the latest order gate");
    assertThat(driver.findElement(By.id("stale-text")).getText()).contains("Fri 25 Mar 2022").contains("24 Mar 09:00");
    screenshot("stale-data-banner");
    assertThat(consoleProblems()).isEmpty();
  }

  @Test
  void tabsAndTableSortWorkFromTheKeyboardAndTimesShowTheUkTimeOnHover() throws IOException {
    open(good, "#day=" + DAY_2 + "&tab=overview");
    WebElement overview = driver.findElement(By.cssSelector(".tabs button[data-tab='overview']"));
    overview.sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
    waitFor(() -> driver.findElement(By.id("tab-history")).isDisplayed());
    assertThat(driver.switchTo().activeElement().getDomAttribute("data-tab")).isEqualTo("history");
    assertThat(driver.findElement(By.cssSelector(".tabs button[data-tab='history']")).getDomAttribute("tabindex"))
        .isEqualTo("0");
    WebElement sort = driver.findElement(By.cssSelector("#history-table th[data-sort='marketDay'] button"));
    sort.sendKeys(org.openqa.selenium.Keys.ENTER);
    assertThat(driver.findElement(By.cssSelector("#history-table th[data-sort='marketDay']"))
        .getDomAttribute("aria-sort")).isEqualTo("descending");
    assertThat(cell(driver.findElements(By.cssSelector("#history-table tbody tr")).get(0), "marketDay")
        .getDomAttribute("data-value")).isEqualTo(DAY_2);
    Object outline = ((JavascriptExecutor) driver).executeScript(
        "return getComputedStyle(document.activeElement).outlineStyle;");
    assertThat(outline).as("focus visible").isNotEqualTo("none");
    WebElement gate = driver.findElement(By.cssSelector("#day-meta time[datetime='2022-03-22T09:00:00Z']"));
    assertThat(gate.getText()).isEqualTo("22 Mar 09:00");
    assertThat(gate.getDomAttribute("title")).isEqualTo("UK time 22 Mar, 09:00 GMT");
    driver.findElement(By.cssSelector(".tabs button[data-tab='bids']")).click();
    assertThat(cell(driver.findElements(By.cssSelector("#bids-table tbody tr")).get(0), "start")
        .getDomAttribute("title"))
        .startsWith("UK time 22 Mar, 23:00 GMT");
    assertThat(driver.findElement(By.id("bids-notes")).getText()).contains("£-500 to £3,000/MWh".replace("£-", "£−"))
        .contains("grid connection");
    screenshot("keyboard-and-notes");
    assertThat(consoleProblems()).isEmpty();
  }

  @Test
  void theDateAxesStayReadableForAnyNumberOfDays() throws IOException {
    open(longHistory, "#tab=history");
    waitFor(() -> driver.findElement(By.id("tab-history")).isDisplayed());
    assertThat(driver.findElements(By.cssSelector("#history-table tbody tr"))).hasSize(LONG_DAYS);
    for (String chart : List.of("history-value")) {
      @SuppressWarnings("unchecked")
      List<Object> labels = (List<Object>) ((JavascriptExecutor) driver).executeScript(
          "const u = window.convergenceDashboard.charts.get(arguments[0]); return u.axes[0]._values;", chart);
      long width = ((Number) ((JavascriptExecutor) driver).executeScript(
          "return window.convergenceDashboard.charts.get(arguments[0]).bbox.width / devicePixelRatio;", chart))
          .longValue();
      assertThat(labels).as("x labels of " + chart + " over " + LONG_DAYS + " days").isNotEmpty()
          .hasSizeLessThanOrEqualTo((int) (width / 64) + 1);
      assertThat(labels).as("months as the range grows").allSatisfy(l -> assertThat(l.toString())
          .matches("(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 20\\d\\d"));
    }
    screenshot("history-400-days");
    // narrowed to three weeks: day or week ticks, still thinned
    ((JavascriptExecutor) driver).executeScript("const f = document.getElementById('history-from');"
        + " f.value = '2021-06-01'; f.dispatchEvent(new Event('change'));"
        + " const t = document.getElementById('history-to'); t.value = '2021-06-21';"
        + " t.dispatchEvent(new Event('change'));");
    waitFor(() -> driver.findElements(By.cssSelector("#history-table tbody tr")).size() == 21);
    @SuppressWarnings("unchecked")
    List<Object> labels = (List<Object>) ((JavascriptExecutor) driver).executeScript(
        "return window.convergenceDashboard.charts.get('history-value').axes[0]._values;");
    assertThat(labels).hasSizeBetween(2, 21).allSatisfy(l -> assertThat(l.toString()).matches("\\d{1,2} (May|Jun)"));
    screenshot("history-3-weeks");
    assertThat(consoleProblems()).isEmpty();
  }

  @Test
  void thePricesTabShowsTheSpreadThatPaidSummingToTheDaysValueAdded() throws IOException {
    open(good, "#day=" + DAY_1 + "&tab=prices");
    waitFor(() -> DAY_1.equals(currentDay()) && "ready".equals(state()));
    JsonNode day = new ObjectMapper().readTree(goodData.resolve(DAY_1 + ".json").toFile());
    @SuppressWarnings("unchecked")
    List<Object> spread = (List<Object>) ((JavascriptExecutor) driver).executeScript(
        "const u = window.convergenceDashboard.charts.get('prices-spread');"
            + "return u.data[u.series.findIndex((s) => s.label === 'Spread clearing − imbalance')];");
    assertThat(spread).hasSize(24);
    int positive = 0;
    for (int h = 0; h < 24; h++) {
      double expected = day.at("/prices/" + h + "/clearingGbpPerMWh").asDouble()
          - day.at("/prices/" + h + "/imbalanceGbpPerMWh").asDouble();
      assertThat(((Number) spread.get(h)).doubleValue()).as("spread of hour " + (h + 1))
          .isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
      positive += expected > 0 ? 1 : 0;
    }
    // the bars (gains and losses) are contracted net x spread per hour: together the day's value added
    double bars = ((Number) ((JavascriptExecutor) driver).executeScript(
        "const u = window.convergenceDashboard.charts.get('prices-spread');"
            + "let t = 0; for (const i of [1, 2]) for (const v of u.data[i]) if (v !== null) t += v; return t;"))
        .doubleValue();
    assertThat(pounds(bars)).isEqualTo(pounds(day.at("/summary/valueAddedGbp").asDouble()));
    assertThat(coloredPixels("prices-spread")).isGreaterThan(200);
    assertThat(driver.findElement(By.id("prices-notes")).getText())
        .contains("positive in " + positive + " of 24 hours");
    screenshot("prices-spread");
    assertThat(consoleProblems()).isEmpty();
  }

  @Test
  void negativePricesAreMarkedAndTheLimitsAndGridCapExplained() throws IOException {
    open(negativePrices, "#tab=bids");
    List<WebElement> rows = driver.findElements(By.cssSelector("#bids-table tbody tr"));
    for (int i = 0; i < 24; i++) {
      WebElement clearing = cell(rows.get(i), "clearingGbpPerMWh");
      assertThat(clearing.getDomAttribute("class").contains("negative-price")).as("hour " + (i + 1))
          .isEqualTo(i < 4);
      if (i < 4) {
        assertThat(clearing.getText()).startsWith("▼");
        assertThat(clearing.getDomAttribute("title")).contains("Negative price");
      }
    }
    assertThat(driver.findElement(By.id("bids-notes")).getText())
        .contains("4 hours cleared below £0/MWh")
        .contains("£−500 to £3,000/MWh")
        .contains("export 0.500 MW, import 0.500 MW");
    driver.findElement(By.cssSelector(".tabs button[data-tab='prices']")).click();
    waitFor(() -> driver.findElement(By.id("tab-prices")).isDisplayed());
    Object marks = ((JavascriptExecutor) driver).executeScript(
        "const u = window.convergenceDashboard.charts.get('prices');"
            + "const i = u.series.findIndex((s) => s.label === 'Negative price ▼');"
            + "return i < 0 ? -1 : u.data[i].filter((v) => v != null).length;");
    assertThat(((Number) marks).intValue()).as("negative hours marked on the chart").isEqualTo(4);
    assertThat(driver.findElement(By.id("prices-notes")).getText()).contains("Negative prices (marked ▼)");
    screenshot("prices-negative");
    assertThat(consoleProblems()).isEmpty();
  }

  @Test
  void everyTabShowsWithoutConsoleErrorsAndEveryChartHasDrawn() throws IOException {
    open(good, "#day=" + DAY_2 + "&tab=overview");
    assertThat(state()).isEqualTo("ready");
    assertThat(driver.findElement(By.id("site-name")).getText()).isEqualTo("AIMLAC HQ, Llanwrtyd Wells");
    assertThat(driver.findElement(By.id("message")).isDisplayed()).isFalse();

    List<String> drawn = new ArrayList<>();
    for (String tab : TABS) {
      driver.findElement(By.cssSelector(".tabs button[data-tab='" + tab + "']")).click();
      waitFor(() -> driver.findElement(By.id("tab-" + tab)).isDisplayed());
      assertThat(driver.getCurrentUrl()).endsWith("#day=" + DAY_2 + "&tab=" + tab);
      for (WebElement chart : driver.findElements(By.cssSelector("#tab-" + tab + " .chart"))) {
        String name = chart.getDomAttribute("data-chart");
        assertThat(chart.getDomAttribute("data-drawn")).as(name + " drawn").isEqualTo("true");
        assertThat(coloredPixels(name)).as("coloured pixels in the plot area of " + name).isGreaterThan(300);
        drawn.add(name);
      }
      for (String other : TABS) {
        assertThat(driver.findElement(By.id("tab-" + other)).isDisplayed()).isEqualTo(other.equals(tab));
      }
      screenshot(tab);
    }
    assertThat(drawn).containsExactlyInAnyOrder("overview-prices", "overview-pnl-days", "history-value",
        "strategies", "prices", "prices-spread", "energy",
        "energy-net", "weather-wind", "weather-temperature", "weather-irradiance", "solar", "pnl-hourly", "pnl-days",
        "carbon");
    assertThat(consoleProblems()).as("browser console warnings and errors").isEmpty();
  }

  @Test
  void theBidsTableHas24RowsEqualToTheJson() throws IOException {
    open(good, "#day=" + DAY_1 + "&tab=bids");
    JsonNode bids = new ObjectMapper().readTree(goodData.resolve(DAY_1 + ".json").toFile()).get("bids");
    List<WebElement> rows = driver.findElements(By.cssSelector("#bids-table tbody tr"));
    assertThat(rows).hasSize(24);
    for (int i = 0; i < 24; i++) {
      JsonNode b = bids.get(i);
      WebElement row = rows.get(i);
      assertThat(cell(row, "hour").getText()).isEqualTo(String.valueOf(i + 1));
      assertThat(cell(row, "hour").getDomAttribute("data-value")).isEqualTo(b.get("hour").asText());
      assertThat(cell(row, "side").getText()).isEqualTo(b.get("side").isNull() ? "—" : b.get("side").asText());
      assertNumber(row, "volumeMWh", b, 3, "");
      assertNumber(row, "limitGbpPerMWh", b, 2, "");
      assertNumber(row, "clearingGbpPerMWh", b, 2, "");
      assertNumber(row, "dayAheadCashGbp", b, 2, "£");
      assertNumber(row, "imbalanceCashGbp", b, 2, "£");
      assertNumber(row, "pnlGbp", b, 2, "£");
      String fill = b.get("fill").asText();
      assertThat(cell(row, "fill").getDomAttribute("data-value")).isEqualTo(fill);
      assertThat(cell(row, "fill").getText()).isEqualTo(fill.replace('_', ' '));
    }
    assertThat(consoleProblems()).isEmpty();
  }

  @Test
  void switchingMarketDaysWorksWithThePickerAndTheArrows() throws IOException {
    open(good, "#tab=prices");
    assertThat(currentDay()).as("the latest day by default").isEqualTo(DAY_2);
    Select picker = new Select(driver.findElement(By.id("day-picker")));
    assertThat(picker.getOptions().stream().map(o -> o.getDomAttribute("value")).toList())
        .containsExactly(DAY_2, DAY_1);

    picker.selectByValue(DAY_1);
    waitFor(() -> DAY_1.equals(currentDay()) && "ready".equals(state()));
    assertThat(driver.getCurrentUrl()).endsWith("#day=" + DAY_1 + "&tab=prices");
    assertThat(driver.findElement(By.id("day-meta")).getText()).contains("Tue 22 Mar 2022");
    assertThat(driver.findElement(By.id("tab-prices")).isDisplayed()).isTrue();
    assertThat(coloredPixels("prices")).isGreaterThan(300);
    double firstClearing = (double) ((JavascriptExecutor) driver).executeScript(
        "const u = window.convergenceDashboard.charts.get('prices');"
            + "return u.data[u.series.findIndex((s) => s.label === 'Clearing')][0];");
    JsonNode day1 = new ObjectMapper().readTree(goodData.resolve(DAY_1 + ".json").toFile());
    assertThat(firstClearing).isEqualTo(day1.at("/prices/0/clearingGbpPerMWh").asDouble());
    assertThat(driver.findElement(By.id("prev-day")).isEnabled()).isFalse();

    driver.findElement(By.id("next-day")).click();
    waitFor(() -> DAY_2.equals(currentDay()) && "ready".equals(state()));
    assertThat(driver.findElement(By.id("day-meta")).getText()).contains("Wed 23 Mar 2022");
    assertThat(driver.findElement(By.id("next-day")).isEnabled()).isFalse();
    driver.findElement(By.cssSelector(".tabs button[data-tab='bids']")).click();
    waitFor(() -> driver.findElement(By.id("tab-bids")).isDisplayed());
    JsonNode day2 = new ObjectMapper().readTree(goodData.resolve(DAY_2 + ".json").toFile());
    assertThat(cell(driver.findElements(By.cssSelector("#bids-table tbody tr")).get(0), "clearingGbpPerMWh")
        .getDomAttribute("data-value")).isEqualTo(day2.at("/bids/0/clearingGbpPerMWh").asText());
    assertThat(consoleProblems()).isEmpty();
  }

  @Test
  void aMissingDayFileGivesAReadableMessage() throws IOException {
    open(broken, "#day=2022-03-24&tab=overview");
    assertThat(state()).isEqualTo("error");
    assertMessage("The data of market day 2022-03-24 is missing",
        "data/2022-03-24.json was not found (HTTP 404)");
    screenshot("error-missing-day");
    // the page stays usable: another day can be chosen
    new Select(driver.findElement(By.id("day-picker"))).selectByValue(DAY_1);
    waitFor(() -> "ready".equals(state()));
    assertThat(driver.findElement(By.id("message")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.id("tab-overview")).isDisplayed()).isTrue();
    // the browser reports the 404 of the fetch itself; nothing else may reach the console
    assertThat(consoleProblems()).allSatisfy(p -> assertThat(p).contains("2022-03-24.json").contains("404"));
  }

  @Test
  void aMalformedDayFileGivesAReadableMessage() throws IOException {
    open(broken, "#day=2022-03-25&tab=prices");
    assertThat(state()).isEqualTo("error");
    assertMessage("data/2022-03-25.json is not valid dashboard data", "The file is not valid JSON");
    screenshot("error-malformed-json");

    driver.get(broken.url + "#day=2022-03-26&tab=bids");
    waitFor(() -> "error".equals(state()));
    assertMessage("data/2022-03-26.json is not valid dashboard data", "\"bids\" must have 24 rows, has 23");
    assertThat(driver.findElement(By.id("message-text")).getText())
        .contains("bids[4].volumeMWh must be a number or null, is \"lots\"");
    screenshot("error-wrong-shape");
    assertThat(consoleProblems()).isEmpty();
  }

  @Test
  void theHeadlineShowsTheDayAndTheHistoryAsPublishedEachWithItsUnitAndMeaning() throws IOException {
    open(good, "#day=" + DAY_2 + "&tab=overview");
    ObjectMapper json = new ObjectMapper();
    JsonNode summary = json.readTree(goodData.resolve(DAY_2 + ".json").toFile()).get("summary");
    JsonNode days = json.readTree(goodData.resolve("index.json").toFile()).get("days");
    assertThat(kpiValue("day-pnl")).isEqualTo(summary.get("pnlGbp").asDouble());
    assertThat(kpiValue("day-valueAdded")).isEqualTo(summary.get("valueAddedGbp").asDouble());
    assertThat(kpiValue("day-boundShare")).isCloseTo(
        summary.get("valueAddedGbp").asDouble() / summary.get("boundValueAddedGbp").asDouble(), within(1e-12));
    assertThat(kpi("day-fills").getText())
        .contains(summary.get("filledOrders").asInt() + " / " + summary.get("orders").asInt());
    double valueAdded = 0;
    double bound = 0;
    double pnl = 0;
    for (JsonNode d : days) {
      valueAdded += d.get("valueAddedGbp").asDouble();
      bound += d.get("boundValueAddedGbp").asDouble();
      pnl += d.get("pnlGbp").asDouble();
    }
    assertThat(kpiValue("all-valueAdded")).isCloseTo(valueAdded, within(1e-9));
    assertThat(kpiValue("all-pnl")).isCloseTo(pnl, within(1e-9));
    assertThat(kpiValue("all-boundShare")).isCloseTo(valueAdded / bound, within(1e-12));
    // the backtest that published these days reports the same figures for the published strategy (hedge)
    JsonNode hedge = null;
    for (JsonNode st : json.readTree(goodData.resolve("backtest.json").toFile()).get("strategies")) {
      hedge = "hedge".equals(st.get("strategy").asText()) ? st : hedge;
    }
    assertThat(hedge).as("hedge in backtest.json").isNotNull();
    assertThat(kpi("all-valueAdded").getText()).contains(pounds(hedge.get("value_added_gbp").asDouble()));
    assertThat(kpi("all-boundShare").getText())
        .contains(String.format(Locale.ROOT, "%.1f %%", hedge.get("bound_share").asDouble() * 100));
    int filled = 0;
    int orders = 0;
    for (String d : List.of(DAY_1, DAY_2)) {
      JsonNode daySummary = json.readTree(goodData.resolve(d + ".json").toFile()).get("summary");
      filled += daySummary.get("filledOrders").asInt();
      orders += daySummary.get("orders").asInt();
    }
    assertThat(kpi("all-fills").getText()).contains(filled + " / " + orders);
    for (String k : List.of("day-pnl", "day-valueAdded", "day-boundShare", "day-fills", "all-pnl", "all-valueAdded",
        "all-boundShare", "all-fills")) {
      assertThat(kpi(k).findElement(By.className("sub")).getText()).as(k + " explained").isNotBlank();
    }
    assertThat(driver.findElement(By.id("headline-all-title")).getText())
        .isEqualTo("All 2 published market days, Tue 22 Mar 2022 to Wed 23 Mar 2022");
    screenshot("overview-headline");
    assertThat(consoleProblems()).isEmpty();
  }

  @Test
  void theHistoryHasOneRowPerPublishedDayToThePennyAndTheCsvHoldsExactlyTheRowsShown() throws IOException {
    open(good, "#day=" + DAY_2 + "&tab=history");
    JsonNode days = new ObjectMapper().readTree(goodData.resolve("index.json").toFile()).get("days");
    List<WebElement> rows = driver.findElements(By.cssSelector("#history-table tbody tr"));
    assertThat(rows).hasSize(days.size());
    double cumulative = 0;
    for (int i = 0; i < days.size(); i++) {
      JsonNode d = days.get(i);
      WebElement row = rows.get(i);
      double valueAdded = d.get("valueAddedGbp").asDouble();
      cumulative += valueAdded;
      assertThat(cell(row, "marketDay").getDomAttribute("data-value")).isEqualTo(d.get("marketDay").asText());
      assertThat(cell(row, "state").getText()).isEqualTo("settled");
      assertThat(Double.parseDouble(cell(row, "valueAddedGbp").getDomAttribute("data-value"))).isEqualTo(valueAdded);
      // the day's own file publishes the same figure
      JsonNode daySummary = new ObjectMapper().readTree(goodData.resolve(d.get("file").asText()).toFile())
          .get("summary");
      assertThat(daySummary.get("valueAddedGbp").asDouble()).isEqualTo(valueAdded);
      assertThat(cell(row, "valueAddedGbp").getText()).isEqualTo(pounds(valueAdded));
      assertThat(cell(row, "pnlGbp").getText()).isEqualTo(pounds(d.get("pnlGbp").asDouble()));
      assertThat(cell(row, "cumulativeValueAddedGbp").getText()).isEqualTo(pounds(cumulative));
    }
    assertThat(csvRows()).isEqualTo(tableRows());
    assertThat(csvRows()).hasSize(days.size() + 1);
    screenshot("history");

    // narrowed to the second day: one row shown, and the CSV holds that row only
    ((JavascriptExecutor) driver).executeScript("const f = document.getElementById('history-from');"
        + " f.value = arguments[0]; f.dispatchEvent(new Event('change'));", DAY_2);
    waitFor(() -> driver.findElements(By.cssSelector("#history-table tbody tr")).size() == 1);
    assertThat(csvRows()).isEqualTo(tableRows()).hasSize(2);
    assertThat(csvRows().get(1).get(0)).isEqualTo(DAY_2);
    assertThat(driver.findElement(By.id("history-count")).getText()).isEqualTo("1 of 2 published market days shown");
    assertThat(driver.findElement(By.id("history-csv")).getDomAttribute("download"))
        .isEqualTo("convergence-history-" + DAY_2 + "-to-" + DAY_2 + ".csv");
    assertThat(consoleProblems()).isEmpty();
  }

  /** The CSV the download link holds, split into fields (no field of ours needs quoting). */
  private List<List<String>> csvRows() {
    String href = driver.findElement(By.id("history-csv")).getDomAttribute("href");
    String prefix = "data:text/csv;charset=utf-8,";
    assertThat(href).startsWith(prefix);
    String csv = java.net.URLDecoder.decode(href.substring(prefix.length()), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv).endsWith("\r\n");
    return csv.lines().map(l -> List.of(l.split(",", -1))).toList();
  }

  /** The header and the rows of the history table as the CSV should hold them: day, state, published numbers. */
  private List<List<String>> tableRows() {
    List<List<String>> out = new ArrayList<>();
    out.add(List.of("marketDay", "state", "pnlGbp", "valueAddedGbp", "cumulativeValueAddedGbp",
        "priceMaeGbpPerMWh", "netEnergyMaeKWh"));
    for (WebElement row : driver.findElements(By.cssSelector("#history-table tbody tr"))) {
      out.add(List.of(cell(row, "marketDay").getDomAttribute("data-value"), cell(row, "state").getText(),
          cell(row, "pnlGbp").getDomAttribute("data-value"), cell(row, "valueAddedGbp").getDomAttribute("data-value"),
          cell(row, "cumulativeValueAddedGbp").getDomAttribute("data-value"),
          cell(row, "priceMaeGbpPerMWh").getDomAttribute("data-value"),
          cell(row, "netEnergyMaeKWh").getDomAttribute("data-value")));
    }
    return out;
  }

  private static String pounds(double v) {
    String s = String.format(Locale.UK, "%,.2f", Math.abs(v));
    return (v < 0 && !s.matches("[0.,]+") ? "−£" : "£") + s;
  }

  @Test
  void noViewOverflowsHorizontallyAt360Pixels() throws IOException {
    Dimension wide = driver.manage().window().getSize();
    try {
      driver.manage().window().setSize(new Dimension(360, 900));
      open(good, "#day=" + DAY_2 + "&tab=overview");
      assertThat(((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;")).intValue())
          .isLessThanOrEqualTo(360);
      for (String tab : TABS) {
        driver.findElement(By.cssSelector(".tabs button[data-tab='" + tab + "']")).click();
        waitFor(() -> driver.findElement(By.id("tab-" + tab)).isDisplayed());
        Object overflow = ((JavascriptExecutor) driver).executeScript("""
            const out = [];
            const doc = document.documentElement;
            if (doc.scrollWidth > window.innerWidth) out.push('page ' + doc.scrollWidth + ' > ' + window.innerWidth);
            for (const card of document.querySelectorAll('#tab-' + arguments[0] + ' .card, #tab-' + arguments[0]
                + ' .kpi')) {
              // a table card scrolls its table inside itself by design; nothing else may stick out of its card
              if (card.classList.contains('table-card')) continue;
              if (card.scrollWidth > card.clientWidth + 1) {
                out.push((card.querySelector('[data-chart]')?.dataset.chart || card.className) + ' '
                  + card.scrollWidth + ' > ' + card.clientWidth);
              }
            }
            return out.join('; ');""", tab);
        assertThat(overflow).as("horizontal overflow on " + tab + " at 360 px").isEqualTo("");
        if (tab.equals("overview") || tab.equals("history") || tab.equals("strategies") || tab.equals("prices")) {
          screenshot("narrow-360-" + tab);
        }
      }
      assertThat(consoleProblems()).isEmpty();
    } finally {
      driver.manage().window().setSize(wide);
    }
  }

  @Test
  void theFirstRunSaysSubmittedAwaitingPricesNotZeroFilled() throws IOException {
    open(firstRun, "");
    assertThat(state()).isEqualTo("ready");
    assertThat(driver.findElement(By.id("day-status")).getDomProperty("textContent")).isEqualTo("submitted, awaiting prices");
    String kpis = driver.findElement(By.id("kpis")).getText() + driver.findElement(By.id("headline-day")).getText();
    assertThat(kpis).contains("23 submitted").contains("awaiting prices").doesNotContain("0 / 23");
    assertThat(kpi("day-valueAdded").getText()).contains("—");
    assertThat(driver.findElement(By.id("run-failed")).isDisplayed()).isFalse();
    screenshot("first-run-awaiting-prices");
    driver.findElement(By.cssSelector(".tabs button[data-tab='bids']")).click();
    assertThat(driver.findElement(By.cssSelector("#bids-table tfoot")).getText())
        .contains("23 submitted, awaiting prices");
    assertThat(driver.findElements(By.cssSelector("#bids-table td[data-field='fill']")).stream()
        .map(WebElement::getText).filter(t -> !t.equals("no order")).distinct().toList())
        .containsExactly("awaiting price");
    assertThat(consoleProblems()).isEmpty();
  }

  @Test
  void aFailedLatestRunShowsABannerAboveThePublishedDays() throws IOException {
    open(failedRun, "");
    assertThat(state()).isEqualTo("ready");
    assertThat(currentDay()).isEqualTo(DAY_2);
    WebElement banner = driver.findElement(By.id("run-failed"));
    assertThat(banner.isDisplayed()).isTrue();
    assertThat(driver.findElement(By.id("run-failed-title")).getText())
        .isEqualTo("The latest run, for market day Thu 24 Mar 2022, failed");
    assertThat(driver.findElement(By.id("run-failed-text")).getText())
        .contains("23 Mar 08:31 UTC").contains("HTTP 503 from api.open-meteo.com");
    screenshot("failed-run-banner");
    open(good, "");
    assertThat(driver.findElement(By.id("run-failed")).isDisplayed()).as("no banner without a failure").isFalse();
    assertThat(consoleProblems()).isEmpty();
  }

  @Test
  void noPublishedDataGivesAReadableMessage() throws IOException {
    open(empty, "");
    assertThat(state()).isEqualTo("error");
    assertMessage("No market days have been published yet", "data/index.json was not found (HTTP 404)");
    screenshot("error-nothing-published");
    assertThat(consoleProblems()).allSatisfy(p -> assertThat(p).contains("index.json").contains("404"));
  }

  // ---- helpers

  private void open(Serve server, String hash) {
    driver.manage().logs().get(LogType.BROWSER); // drain what earlier tests left
    driver.get(server.url + "?" + System.nanoTime() + hash);
    waitFor(() -> !"loading".equals(state()));
  }

  private String state() {
    return driver.findElement(By.tagName("body")).getDomAttribute("data-state");
  }

  private String currentDay() {
    return driver.findElement(By.tagName("body")).getDomAttribute("data-day");
  }

  private void waitFor(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> condition.getAsBoolean());
  }

  private void assertMessage(String title, String textPart) {
    WebElement box = driver.findElement(By.id("message"));
    assertThat(box.isDisplayed()).as("message shown").isTrue();
    assertThat(driver.findElement(By.id("message-title")).getText()).isEqualTo(title);
    assertThat(driver.findElement(By.id("message-text")).getText()).contains(textPart);
    assertThat(driver.findElement(By.cssSelector(".tabs")).isDisplayed()).isTrue();
  }

  /** Pixels of the plot area whose colour is saturated: drawn series, not the grey grid and axes. */
  private long coloredPixels(String chart) {
    Object n = ((JavascriptExecutor) driver).executeScript("""
        const u = window.convergenceDashboard.charts.get(arguments[0]);
        if (!u) return -1;
        const b = u.bbox;
        const d = u.ctx.getImageData(b.left, b.top, b.width, b.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) {
          if (d[i + 3] > 0 && Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]) > 60) n++;
        }
        return n;""", chart);
    return ((Number) n).longValue();
  }

  private WebElement kpi(String name) {
    return driver.findElement(By.cssSelector("[data-kpi='" + name + "']"));
  }

  private double kpiValue(String name) {
    return Double.parseDouble(kpi(name).getDomAttribute("data-value"));
  }

  private static WebElement cell(WebElement row, String field) {
    return row.findElement(By.cssSelector("td[data-field='" + field + "']"));
  }

  private static void assertNumber(WebElement row, String field, JsonNode bid, int decimals, String currency) {
    JsonNode v = bid.get(field);
    WebElement td = cell(row, field);
    if (v.isNull()) {
      assertThat(td.getDomAttribute("data-value")).isEmpty();
      assertThat(td.getText()).isEqualTo("—");
      return;
    }
    assertThat(Double.parseDouble(td.getDomAttribute("data-value"))).as(field).isEqualTo(v.asDouble());
    String expected = String.format(Locale.UK, "%,." + decimals + "f", Math.abs(v.asDouble()));
    boolean negative = v.asDouble() < 0 && !expected.matches("[0.,]+");
    assertThat(td.getText()).as(field).isEqualTo((negative ? "−" : "") + currency + expected);
  }

  /** Browser console entries at WARNING or above, drained. */
  private List<String> consoleProblems() {
    List<String> out = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        out.add(e.getLevel() + " " + e.getMessage());
      }
    }
    return out;
  }

  /** A screenshot of the whole page: the window is made as tall as the page for it, then restored. */
  private void screenshot(String name) throws IOException {
    Dimension size = driver.manage().window().getSize();
    long pageHeight = ((Number) ((JavascriptExecutor) driver).executeScript(
        "return document.documentElement.scrollHeight;")).longValue();
    long innerHeight = ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerHeight;"))
        .longValue();
    if (pageHeight > innerHeight) {
      driver.manage().window().setSize(new Dimension(size.getWidth(),
          (int) (size.getHeight() + pageHeight - innerHeight)));
    }
    try {
      Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } finally {
      driver.manage().window().setSize(size);
    }
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = DashboardBrowserTest.class.getResourceAsStream("/dashboard-fixture/data/" + name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static void copyFixture(String name, Path to) throws IOException {
    Files.writeString(to, fixture(name));
  }

  // ---- ./convergence serve in a background thread

  private Serve serve(Path data) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Serve serve = new Serve(port, data);
    servers.add(serve);
    serve.awaitUp();
    return serve;
  }

  static final class Serve {
    final String url;
    final Thread thread;
    volatile int exitCode = Integer.MIN_VALUE;

    Serve(int port, Path data) {
      this.url = "http://127.0.0.1:" + port + "/";
      this.thread = new Thread(() -> exitCode = ConvergenceCli.commandLine()
          .execute("serve", "--port", String.valueOf(port), "--data", data.toString()), "serve-" + port);
      thread.setDaemon(true);
      thread.start();
    }

    void awaitUp() throws Exception {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (System.nanoTime() < deadline) {
        if (!thread.isAlive()) {
          throw new IllegalStateException("serve exited with " + exitCode);
        }
        try {
          HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
              HttpResponse.BodyHandlers.discarding());
          if (r.statusCode() == 200) {
            return;
          }
        } catch (IOException e) {
          // not up yet
        }
        Thread.sleep(100);
      }
      throw new IllegalStateException("serve did not answer on " + url);
    }

    void stop() throws InterruptedException {
      thread.interrupt();
      thread.join(10_000);
    }
  }
}
