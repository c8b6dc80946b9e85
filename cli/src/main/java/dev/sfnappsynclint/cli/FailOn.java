package dev.sfnappsynclint.cli;

import dev.sfnappsynclint.rule.Severity;
import java.util.Optional;

/** The {@code --fail-on} threshold: findings at or above it make the exit code 1. */
enum FailOn {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  NOTE(Severity.NOTE),
  NONE(null);

  private final Severity threshold;

  FailOn(Severity threshold) {
    this.threshold = threshold;
  }

  Optional<Severity> threshold() {
    return Optional.ofNullable(threshold);
  }
}
