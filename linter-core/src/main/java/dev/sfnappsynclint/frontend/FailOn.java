package dev.sfnappsynclint.frontend;

import dev.sfnappsynclint.rule.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code --fail-on} threshold (the Maven plugin's {@code failOn}): findings at or above it
 * fail the run.
 */
public enum FailOn {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  NOTE(Severity.NOTE),
  NONE(null);

  private final Severity threshold;

  FailOn(Severity threshold) {
    this.threshold = threshold;
  }

  /** Empty for {@link #NONE}: nothing fails the run. */
  public Optional<Severity> threshold() {
    return Optional.ofNullable(threshold);
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** "error, warning, note or none". */
  public static String choices() {
    String all = Arrays.stream(values()).map(FailOn::label).collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return all.substring(0, last) + " or " + all.substring(last + 2);
  }

  /** Case-insensitive; blank means the default, {@link #ERROR}. */
  public static FailOn parse(String text, String option) throws UsageException {
    if (text == null || text.isBlank()) {
      return ERROR;
    }
    for (FailOn value : values()) {
      if (value.label().equalsIgnoreCase(text.strip())) {
        return value;
      }
    }
    throw new UsageException(option + " must be " + choices() + "; got '" + text + "'");
  }

  /** How many findings are at or above the threshold. */
  public long count(dev.sfnappsynclint.finding.LintResult result) {
    return threshold().map(t -> result.findings().stream()
        .filter(f -> f.severity().atLeast(t)).count()).orElse(0L);
  }
}
