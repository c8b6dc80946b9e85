package dev.sfnappsynclint.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.source.TextRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

  private static Finding finding(int line, String pointer) {
    return new Finding("ASL006", "UnreachableState", Severity.ERROR, "m", "a.asl.json",
        TextRange.of(line, 1, line, 2), pointer);
  }

  @Test
  void keysIgnoreLinesAndCountRepeats(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("baseline.json");
    Baseline.of(List.of(finding(3, "/States/A"), finding(9, "/States/A"))).write(file);
    Baseline read = Baseline.read(file);
    assertThat(read.size()).isEqualTo(2);
    Baseline.Matcher matcher = read.matcher();
    assertThat(matcher.isKnown(finding(40, "/States/A"))).isTrue();
    assertThat(matcher.isKnown(finding(41, "/States/A"))).isTrue();
    assertThat(matcher.isKnown(finding(42, "/States/A"))).as("a third one is new").isFalse();
    assertThat(matcher.isKnown(finding(3, "/States/B"))).isFalse();
  }

  @Test
  void writingIsDeterministic(@TempDir Path dir) throws Exception {
    Baseline.of(List.of(finding(1, "/States/B"), finding(2, "/States/A"))).write(dir.resolve("1"));
    Baseline.of(List.of(finding(2, "/States/A"), finding(1, "/States/B"))).write(dir.resolve("2"));
    assertThat(Files.readString(dir.resolve("1"))).isEqualTo(Files.readString(dir.resolve("2")));
  }

  @Test
  void otherFilesAreRefused(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("x.json"), "[1, 2]");
    assertThatThrownBy(() -> Baseline.read(dir.resolve("x.json")))
        .isInstanceOf(Baseline.BaselineException.class);
  }
}
