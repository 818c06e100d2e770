package org.convergence.local.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.convergence.local.dashboard.BrowserPrerequisites.Verdict;
import org.junit.jupiter.api.Test;

class BrowserPrerequisitesTest {
  @Test
  void runsWheneverBothExecutablesArePresent() {
    assertThat(BrowserPrerequisites.decide(Map.of(), true, true).verdict()).isEqualTo(Verdict.RUN);
    assertThat(BrowserPrerequisites.decide(Map.of("CI", "true"), true, true))
        .isEqualTo(new BrowserPrerequisites(Verdict.RUN, ""));
  }

  @Test
  void withoutCiAMissingBrowserSkipsNamingThePackages() {
    BrowserPrerequisites p = BrowserPrerequisites.decide(Map.of(), false, false);
    assertThat(p.verdict()).isEqualTo(Verdict.SKIP);
    assertThat(p.message()).contains("chromium (/usr/bin/chromium)")
        .contains("chromium-driver (/usr/bin/chromedriver)")
        .contains("apt-get install chromium chromium-driver")
        .contains("CI is not set");
  }

  @Test
  void onlyTheMissingPackageIsNamed() {
    BrowserPrerequisites p = BrowserPrerequisites.decide(Map.of(), true, false);
    assertThat(p.verdict()).isEqualTo(Verdict.SKIP);
    assertThat(p.message()).contains("Debian's chromium-driver (").doesNotContain("chromium (/usr/bin");
  }

  @Test
  void underCiAMissingBrowserFails() {
    BrowserPrerequisites p = BrowserPrerequisites.decide(Map.of("CI", "true"), false, true);
    assertThat(p.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(p.message()).contains("chromium (/usr/bin/chromium)").contains("CI is set");
  }

  @Test
  void ciMeansSetAndNotFalse() {
    assertThat(BrowserPrerequisites.isCi(Map.of("CI", "true"))).isTrue();
    assertThat(BrowserPrerequisites.isCi(Map.of("CI", "1"))).isTrue();
    assertThat(BrowserPrerequisites.isCi(Map.of("CI", "yes"))).isTrue();
    assertThat(BrowserPrerequisites.isCi(Map.of())).isFalse();
    assertThat(BrowserPrerequisites.isCi(Map.of("CI", ""))).isFalse();
    assertThat(BrowserPrerequisites.isCi(Map.of("CI", "false"))).isFalse();
    assertThat(BrowserPrerequisites.isCi(Map.of("CI", "FALSE"))).isFalse();
    assertThat(BrowserPrerequisites.isCi(Map.of("CI", "0"))).isFalse();
    assertThat(BrowserPrerequisites.decide(Map.of("CI", "false"), false, false).verdict()).isEqualTo(Verdict.SKIP);
  }
}
