package dev.sfnappsynclint.rule;

import java.util.Locale;
import java.util.Optional;

/** How bad a finding is. Ordered from most to least severe. */
public enum Severity {
  /** AWS rejects the definition, or it certainly fails at run time. */
  ERROR,
  /** A likely bug or a reliability risk. */
  WARNING,
  /** Style or modernisation. */
  NOTE;

  /** The lower-case word used in output and configuration. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this is at least as severe as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public static Optional<Severity> parse(String text) {
    for (Severity severity : values()) {
      if (severity.label().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return Optional.of(severity);
      }
    }
    return Optional.empty();
  }
}
