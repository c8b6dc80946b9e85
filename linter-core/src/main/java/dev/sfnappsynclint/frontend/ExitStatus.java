package dev.sfnappsynclint.frontend;

import dev.sfnappsynclint.finding.LintResult;

/**
 * How a run ends, the same for every front end: the CLI's exit code, the Maven plugin's
 * success, failure or execution error.
 */
public enum ExitStatus {
  /** Nothing at or above the threshold (or more is allowed). */
  PASSED(0),
  /** Too many findings at or above the threshold. */
  FAILED(1),
  /** The tool could not lint everything (an unreadable path, a rule that crashed). */
  BROKEN(2);

  private final int code;

  ExitStatus(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /**
   * @param maxAllowed how many findings at or above the threshold still pass
   */
  public static ExitStatus of(LintResult result, FailOn failOn, long maxAllowed) {
    if (result.hasToolErrors()) {
      return BROKEN;
    }
    return failOn.count(result) > maxAllowed ? FAILED : PASSED;
  }
}
