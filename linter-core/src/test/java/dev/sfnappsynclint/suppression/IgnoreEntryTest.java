package dev.sfnappsynclint.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.discovery.PathGlob;
import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.source.TextRange;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which findings a configuration {@code ignore} entry hides: files, then rules, then anchor. */
class IgnoreEntryTest {

  private static Finding finding(String path, String ruleId, String anchor) {
    return new Finding(ruleId, ruleId, Severity.WARNING, "m", path, TextRange.of(1, 1, 1, 2),
        anchor);
  }

  @Test
  void withoutRulesOrAnchorEveryFindingInMatchingFilesIsHidden() {
    IgnoreEntry entry = new IgnoreEntry(new PathGlob("legacy/**"), "", Set.of(), "old code");
    assertThat(entry.matches(finding("legacy/a.asl.json", "ASL006", "/States/A"))).isTrue();
    assertThat(entry.matches(finding("legacy/deep/b.asl.json", "ASL001", ""))).isTrue();
    assertThat(entry.matches(finding("src/a.asl.json", "ASL006", "/States/A"))).isFalse();
  }

  @Test
  void onlyTheNamedRules() {
    IgnoreEntry entry = new IgnoreEntry(new PathGlob("*.asl.json"), "", Set.of("ASL006", "ASL031"),
        "");
    assertThat(entry.matches(finding("a.asl.json", "ASL006", "/States/A"))).isTrue();
    assertThat(entry.matches(finding("a.asl.json", "ASL031", "/States/B"))).isTrue();
    assertThat(entry.matches(finding("a.asl.json", "ASL001", "/States/A"))).isFalse();
    assertThat(entry.matches(finding("a.asl.yaml", "ASL006", "/States/A"))).isFalse();
  }

  @Test
  void anAnchorLimitsItToThatObjectAndInside() {
    IgnoreEntry entry = new IgnoreEntry(new PathGlob("a.asl.json"), "/States/Poll",
        Set.of("ASL031"), "");
    assertThat(entry.matches(finding("a.asl.json", "ASL031", "/States/Poll"))).isTrue();
    assertThat(entry.matches(finding("a.asl.json", "ASL031", "/States/Poll/Retry/0"))).isTrue();
    assertThat(entry.matches(finding("a.asl.json", "ASL031", "/States/Poller"))).isFalse();
    assertThat(entry.matches(finding("a.asl.json", "ASL031", "/States"))).isFalse();
    assertThat(entry.matches(finding("b.asl.json", "ASL031", "/States/Poll"))).isFalse();
  }

  @Test
  void aSchemaCoordinateCoversTheTypeAndItsFields() {
    IgnoreEntry entry = new IgnoreEntry(new PathGlob("**/*.graphql"), "Query", Set.of(), "");
    assertThat(entry.matches(finding("api/schema.graphql", "GQL001", "Query.posts"))).isTrue();
    assertThat(entry.matches(finding("api/schema.graphql", "GQL001", "Query.posts(limit:)")))
        .isTrue();
    assertThat(entry.matches(finding("api/schema.graphql", "GQL001", "QueryInput"))).isFalse();
  }
}
