package dev.sfnappsynclint.asl;

import java.util.Optional;

/**
 * How a Task waits for a service integration, from the suffix of its resource ARN:
 * https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html
 */
public enum IntegrationPattern {
  /** No suffix: call the service and continue when it answers. */
  REQUEST_RESPONSE(""),
  /** {@code .sync}: run a job and wait for it to finish. */
  SYNC(".sync"),
  /** {@code .sync:2}: as {@code .sync}, with the output parsed as JSON (Step Functions, ...). */
  SYNC2(".sync:2"),
  /** {@code .waitForTaskToken}: wait until a task token is sent back. */
  WAIT_FOR_TASK_TOKEN(".waitForTaskToken");

  private final String suffix;

  IntegrationPattern(String suffix) {
    this.suffix = suffix;
  }

  /** The suffix as written after the action, with its dot; empty for request/response. */
  public String suffix() {
    return suffix;
  }

  /** Waits beyond the call itself: {@code .sync}, {@code .sync:2}, {@code .waitForTaskToken}. */
  public boolean waits() {
    return this != REQUEST_RESPONSE;
  }

  static Optional<IntegrationPattern> fromSuffix(String suffix) {
    for (IntegrationPattern pattern : values()) {
      if (pattern.suffix.equals(suffix)) {
        return Optional.of(pattern);
      }
    }
    return Optional.empty();
  }
}
