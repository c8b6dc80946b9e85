package dev.sfnappsynclint.finding;

import dev.sfnappsynclint.source.TextEdit;
import java.util.List;

/**
 * A change that resolves a finding: what it does, and the text edits that do it. SARIF
 * {@code fixes}; the text report shows the description.
 */
public record SuggestedFix(String description, List<TextEdit> edits) {

  public SuggestedFix {
    edits = List.copyOf(edits);
  }
}
