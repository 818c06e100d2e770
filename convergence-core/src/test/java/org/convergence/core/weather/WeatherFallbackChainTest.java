package org.convergence.core.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

class WeatherFallbackChainTest {
  private static final MarketDay DAY = MarketDay.of(2026, 11, 28);
  private static final Instant AS_OF = Instant.parse("2026-11-27T08:00:00Z");

  @Test
  void firstSourceServingWins() {
    DummyWeatherSource a = DummyWeatherSource.constant("a", 5, 7);
    DummyWeatherSource b = DummyWeatherSource.constant("b", 6, 8);
    WeatherSelection s = new WeatherFallbackChain(List.of(a, b)).select(DAY, AS_OF);
    assertThat(s.servedBy()).isEqualTo("a");
    assertThat(s.skipped()).isEmpty();
    assertThat(s.summary()).isEqualTo("weather from a");
    assertThat(b.calls()).isZero();
  }

  @Test
  void failingAndIncompleteSourcesAreSkippedWithTheirReasons() {
    WeatherSelection s = new WeatherFallbackChain(List.of(
        DummyWeatherSource.failing("metoffice", "no API key"),
        DummyWeatherSource.withGaps("open-meteo", 3),
        DummyWeatherSource.constant("replay", 4, 6))).select(DAY, AS_OF);
    assertThat(s.servedBy()).isEqualTo("replay");
    assertThat(s.forecast().source()).isEqualTo("replay");
    assertThat(s.skipped()).extracting(SourceAttempt::source, SourceAttempt::outcome).containsExactly(
        org.assertj.core.groups.Tuple.tuple("metoffice", SourceAttempt.Outcome.UNAVAILABLE),
        org.assertj.core.groups.Tuple.tuple("open-meteo", SourceAttempt.Outcome.INCOMPLETE));
    assertThat(s.skipped().get(0).reason()).isEqualTo("no API key");
    assertThat(s.skipped().get(1).reason()).startsWith("3 of 48 half-hours lack temperature or wind (first "
        + DAY.halfHours().get(45).start());
    assertThat(s.summary()).isEqualTo("weather from replay (metoffice: unavailable - no API key; open-meteo:"
        + " incomplete - " + s.skipped().get(1).reason() + ")");
  }

  @Test
  void unexpectedFailuresAreReasonsToo() {
    WeatherSource broken = new WeatherSource() {
      @Override
      public String name() {
        return "broken";
      }

      @Override
      public WeatherForecast forecast(MarketDay day, Instant asOf) {
        throw new IllegalStateException("parser bug");
      }
    };
    WeatherSelection s = new WeatherFallbackChain(List.of(broken, DummyWeatherSource.constant("b", 1, 1)))
        .select(DAY, AS_OF);
    assertThat(s.skipped().get(0).reason()).isEqualTo("IllegalStateException: parser bug");
  }

  @Test
  void whenNoneServesTheErrorListsEveryReason() {
    WeatherFallbackChain chain = new WeatherFallbackChain(List.of(
        DummyWeatherSource.failing("metoffice", "HTTP 500"), DummyWeatherSource.withGaps("replay", 48)));
    assertThatThrownBy(() -> chain.forecast(DAY, AS_OF))
        .isInstanceOf(WeatherUnavailableException.class)
        .hasMessageContaining("no weather source served market day 2026-11-28")
        .hasMessageContaining("metoffice: unavailable - HTTP 500")
        .hasMessageContaining("replay: incomplete - 48 of 48");
  }

  @Test
  void needsASource() {
    assertThatThrownBy(() -> new WeatherFallbackChain(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
