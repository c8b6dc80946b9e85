package dev.sfnappsynclint.asl;

import java.util.List;
import java.util.Set;

/**
 * Error names, and how an {@code ErrorEquals} entry matches them. The one place the linter
 * knows the predefined names and the wildcards; rules ask it.
 *
 * <p>Sources: the AWS guide,
 * https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html ("Error
 * names"), and Appendix A of the Amazon States Language specification,
 * https://states-language.net/spec.html#appendix-a. The spec lists States.ALL, HeartbeatTimeout,
 * Timeout, TaskFailed, Permissions, ResultPathMatchFailure, ParameterPathFailure,
 * QueryEvaluationError, BranchFailed, NoChoiceMatched, IntrinsicFailure,
 * ExceedToleratedFailureThreshold, ItemReaderFailed and ResultWriterFailed; the AWS guide adds
 * DataLimitExceeded, Http.Socket and Runtime. Both say the {@code States.} prefix is reserved:
 * other error names "cannot begin with the States. prefix".
 */
public final class ErrorName {

  /** The prefix of every predefined error name, reserved for them. */
  public static final String RESERVED_PREFIX = "States.";

  public static final String ALL = "States.ALL";
  public static final String TASK_FAILED = "States.TaskFailed";
  public static final String TIMEOUT = "States.Timeout";
  public static final String HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout";
  public static final String DATA_LIMIT_EXCEEDED = "States.DataLimitExceeded";
  public static final String RUNTIME = "States.Runtime";

  /** Every predefined error name, sorted. */
  public static final List<String> PREDEFINED = List.of(
      ALL,
      "States.BranchFailed",
      DATA_LIMIT_EXCEEDED,
      "States.ExceedToleratedFailureThreshold",
      HEARTBEAT_TIMEOUT,
      "States.Http.Socket",
      "States.IntrinsicFailure",
      "States.ItemReaderFailed",
      "States.NoChoiceMatched",
      "States.ParameterPathFailure",
      "States.Permissions",
      "States.QueryEvaluationError",
      "States.ResultPathMatchFailure",
      "States.ResultWriterFailed",
      RUNTIME,
      TASK_FAILED,
      TIMEOUT);

  private static final Set<String> PREDEFINED_SET = Set.copyOf(PREDEFINED);

  /**
   * Errors no wildcard catches. AWS: "The States.ALL error type ... cannot catch the
   * States.DataLimitExceeded terminal error or Runtime error types"; "A States.Runtime error
   * isn't retriable, and will always cause the execution to fail".
   */
  private static final Set<String> BEYOND_WILDCARDS = Set.of(DATA_LIMIT_EXCEEDED, RUNTIME);

  /**
   * Errors {@code States.TaskFailed} is not known to match. AWS: TaskFailed "acts as a wildcard
   * that matches any known error name except for States.Timeout". A missed heartbeat is a
   * timeout ("States.Timeout ... failed to send a heartbeat for a period longer than the
   * HeartbeatSeconds value"), so HeartbeatTimeout is left out as well; the guide does not say.
   */
  private static final Set<String> BEYOND_TASK_FAILED = Set.of(TIMEOUT, HEARTBEAT_TIMEOUT);

  private ErrorName() {}

  /** One of the names the States Language and Step Functions define. */
  public static boolean isPredefined(String name) {
    return PREDEFINED_SET.contains(name);
  }

  /** Begins with {@code States.}: only Step Functions reports such errors. */
  public static boolean isReserved(String name) {
    return name.startsWith(RESERVED_PREFIX);
  }

  /** {@code States.ALL} or {@code States.TaskFailed}: entries that match more than their name. */
  public static boolean isWildcard(String name) {
    return name.equals(ALL) || name.equals(TASK_FAILED);
  }

  /**
   * Whether the documentation says an {@code ErrorEquals} entry {@code pattern} matches an error
   * reported with the name {@code error}. Where it does not say, the answer is no: callers use
   * this to claim that something certainly matches.
   *
   * <ul>
   *   <li>a name matches itself (names are case-sensitive);
   *   <li>{@code States.ALL} matches every error but {@code States.DataLimitExceeded} and
   *       {@code States.Runtime};
   *   <li>{@code States.TaskFailed} matches every error but those two, {@code States.Timeout}
   *       and {@code States.HeartbeatTimeout}, and names with the reserved prefix that are not
   *       predefined (a Fail state may raise one; what TaskFailed does with it is not written).
   * </ul>
   */
  public static boolean matches(String pattern, String error) {
    if (pattern.equals(error)) {
      return true;
    }
    if (BEYOND_WILDCARDS.contains(error) || error.equals(ALL)) {
      return false;
    }
    if (pattern.equals(ALL)) {
      return true;
    }
    if (pattern.equals(TASK_FAILED)) {
      return !BEYOND_TASK_FAILED.contains(error) && (!isReserved(error) || isPredefined(error));
    }
    return false;
  }

  /**
   * Whether every error that an {@code ErrorEquals} entry {@code later} matches is already
   * matched by an entry {@code earlier}: a Retrier or Catcher that lists {@code later} after one
   * that lists {@code earlier} never gets that error. A wildcard is only shadowed by itself.
   */
  public static boolean shadows(String earlier, String later) {
    if (isWildcard(later)) {
      return earlier.equals(later);
    }
    return matches(earlier, later);
  }
}
