package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.tree.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One element of a state's {@code Retry}. Fields:
 * https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html
 *
 * @param node the Retrier object
 * @param index its position in {@code Retry} (0-based)
 */
public record Retrier(ObjectNode node, int index,
    Optional<FieldValue<List<FieldValue<String>>>> errorEquals,
    Optional<FieldValue<Long>> intervalSeconds, Optional<FieldValue<Long>> maxAttempts,
    Optional<FieldValue<BigDecimal>> backoffRate, Optional<FieldValue<Long>> maxDelaySeconds,
    Optional<FieldValue<JitterStrategy>> jitterStrategy) implements ErrorHandler {

  @Override
  public String kind() {
    return "Retrier";
  }

  /** AWS's defaults when a field is left out (concepts-error-handling.html). */
  static final long DEFAULT_INTERVAL_SECONDS = 1;
  static final long DEFAULT_MAX_ATTEMPTS = 3;
  static final BigDecimal DEFAULT_BACKOFF_RATE = BigDecimal.valueOf(2);
  /** Past a year no execution can still be waiting: Standard workflows end there. */
  private static final double ONE_YEAR_SECONDS = 366 * 24 * 3600.0;

  /**
   * The longest this retrier can wait in total between attempts: the interval before each
   * retry, multiplied by the backoff rate after each, capped by {@code MaxDelaySeconds}, over
   * {@code MaxAttempts} retries. Jitter only shortens waits, so it is ignored. Task run time is
   * not included. Empty when a value is a placeholder, an expression or malformed; values past
   * a year are returned as a year and a day (no execution waits longer).
   */
  public Optional<Double> worstCaseDelaySeconds() {
    Optional<Long> interval = valueOr(intervalSeconds, DEFAULT_INTERVAL_SECONDS);
    Optional<Long> attempts = valueOr(maxAttempts, DEFAULT_MAX_ATTEMPTS);
    Optional<BigDecimal> backoff = valueOr(backoffRate, DEFAULT_BACKOFF_RATE);
    Optional<Long> cap = maxDelaySeconds.isEmpty() ? Optional.of(Long.MAX_VALUE)
        : maxDelaySeconds.get().value();
    if (interval.isEmpty() || attempts.isEmpty() || backoff.isEmpty() || cap.isEmpty()) {
      return Optional.empty();
    }
    double total = 0;
    double delay = interval.get();
    double rate = backoff.get().doubleValue();
    for (long attempt = 0; attempt < attempts.get(); attempt++) {
      if (delay >= cap.get() || rate <= 1) {
        // From here on every wait is the same (capped, or not growing): no need to count them
        // one by one, which MaxAttempts up to 99999999 would make slow.
        total += Math.min(delay, cap.get()) * (double) (attempts.get() - attempt);
        return Optional.of(Math.min(total, ONE_YEAR_SECONDS));
      }
      total += delay;
      if (total > ONE_YEAR_SECONDS) {
        return Optional.of(ONE_YEAR_SECONDS);
      }
      delay *= rate;
    }
    return Optional.of(total);
  }

  private static <T> Optional<T> valueOr(Optional<FieldValue<T>> field, T fallback) {
    return field.isEmpty() ? Optional.of(fallback) : field.get().value();
  }

  static Retrier of(ObjectNode node, int index) {
    return new Retrier(node, index,
        node.get("ErrorEquals").map(n -> FieldValue.array(n, FieldValue::string)),
        node.get("IntervalSeconds").map(n -> FieldValue.integer(n, false)),
        node.get("MaxAttempts").map(n -> FieldValue.integer(n, false)),
        node.get("BackoffRate").map(n -> FieldValue.number(n, false)),
        node.get("MaxDelaySeconds").map(n -> FieldValue.integer(n, false)),
        node.get("JitterStrategy").map(n -> FieldValue.enumerated(n, JitterStrategy::fromAslName)));
  }
}
