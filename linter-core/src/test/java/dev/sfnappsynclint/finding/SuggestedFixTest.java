package dev.sfnappsynclint.finding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.source.Position;
import dev.sfnappsynclint.source.TextEdit;
import dev.sfnappsynclint.source.TextRange;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SuggestedFixTest {

  private static final TextEdit EDIT = new TextEdit("a.asl.json",
      new TextRange(new Position(1, 1), new Position(1, 1)), "x");

  @Test
  void editsAreComputedWhenFirstAskedForAndOnlyOnce() {
    AtomicInteger calls = new AtomicInteger();
    SuggestedFix fix = new SuggestedFix("Add x", () -> {
      calls.incrementAndGet();
      return List.of(EDIT);
    });

    assertThat(fix.description()).isEqualTo("Add x");
    assertThat(calls).hasValue(0);
    assertThat(fix.edits()).containsExactly(EDIT);
    assertThat(fix.edits()).containsExactly(EDIT);
    assertThat(calls).hasValue(1);
  }

  @Test
  void aLazyFixEqualsTheSameFixGivenAtOnce() {
    assertThat(new SuggestedFix("Add x", () -> List.of(EDIT)))
        .isEqualTo(new SuggestedFix("Add x", List.of(EDIT)))
        .hasSameHashCodeAs(new SuggestedFix("Add x", List.of(EDIT)));
  }
}
