package dev.sfnappsynclint.finding;

import dev.sfnappsynclint.source.TextEdit;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A change that resolves a finding: what it does, and the text edits that do it. SARIF
 * {@code fixes}; the text report shows the description.
 *
 * <p>The edits are computed when first asked for, once: a rule that reports thousands of
 * findings pays for rendering their edits only when a report shows them or {@code --fix}
 * applies them (the text report needs the description alone).
 */
public final class SuggestedFix {

  private final String description;
  private Supplier<List<TextEdit>> pending;
  private List<TextEdit> edits;

  public SuggestedFix(String description, List<TextEdit> edits) {
    this.description = Objects.requireNonNull(description);
    this.edits = List.copyOf(edits);
  }

  /** A fix whose edits {@code edits} computes when they are first asked for. */
  public SuggestedFix(String description, Supplier<List<TextEdit>> edits) {
    this.description = Objects.requireNonNull(description);
    this.pending = Objects.requireNonNull(edits);
  }

  public String description() {
    return description;
  }

  public synchronized List<TextEdit> edits() {
    if (edits == null) {
      edits = List.copyOf(pending.get());
      pending = null;
    }
    return edits;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SuggestedFix fix && description.equals(fix.description)
        && edits().equals(fix.edits());
  }

  @Override
  public int hashCode() {
    return Objects.hash(description, edits());
  }

  @Override
  public String toString() {
    return "SuggestedFix[description=" + description + ", edits=" + edits() + "]";
  }
}
