package dev.sfnappsynclint.asl;

import java.util.Locale;
import java.util.Optional;

/** Step Functions workflow types; they differ in what they allow and how long they may run. */
public enum WorkflowType {
  STANDARD,
  EXPRESS;

  public static Optional<WorkflowType> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
