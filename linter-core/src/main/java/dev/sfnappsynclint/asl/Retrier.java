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
