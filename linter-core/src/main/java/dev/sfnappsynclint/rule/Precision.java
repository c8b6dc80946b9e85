package dev.sfnappsynclint.rule;

import java.util.Locale;

/** How often a rule's findings are right, in the words GitHub code scanning uses. */
public enum Precision {
  VERY_HIGH,
  HIGH,
  MEDIUM,
  LOW;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
