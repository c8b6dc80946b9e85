package dev.sfnappsynclint.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GithubReporterTest {

  @Test
  void messagesEscapePercentAndLineBreaks() {
    assertThat(GithubReporter.data("100% done\r\nnext")).isEqualTo("100%25 done%0D%0Anext");
  }

  @Test
  void propertiesAlsoEscapeColonAndComma() {
    assertThat(GithubReporter.property("a:b,c%")).isEqualTo("a%3Ab%2Cc%25");
  }
}
