package dev.sfnappsynclint.asl;

import java.util.Locale;
import java.util.Optional;

/** Step Functions workflow types; they differ in what they allow and how long they may run. */
public enum WorkflowType {
  STANDARD,
  EXPRESS;

  /** Five minutes: https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html */
  public static final long EXPRESS_MAX_SECONDS = 300;

  /**
   * One year, the maximum a Standard execution runs (service-quotas.html), counted as 366 days
   * so that whatever is beyond it is beyond a year in every calendar year.
   */
  public static final long STANDARD_MAX_SECONDS = 366L * 24 * 3600;

  /** How long an execution of this type may run before it fails with {@code States.Timeout}. */
  public long maxExecutionSeconds() {
    return this == EXPRESS ? EXPRESS_MAX_SECONDS : STANDARD_MAX_SECONDS;
  }

  /** That limit as a message says it: "5 minutes", "1 year". */
  public String maxExecutionText() {
    return this == EXPRESS ? "5 minutes" : "1 year";
  }

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
