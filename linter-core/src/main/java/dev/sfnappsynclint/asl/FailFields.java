package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.tree.ObjectNode;
import java.util.Optional;

/**
 * The error a Fail state raises: https://docs.aws.amazon.com/step-functions/latest/dg/state-fail.html
 *
 * <p>In a JSONata state, {@code Error} and {@code Cause} may be {@code {% ... %}} expressions;
 * the {@code *Path} forms belong to JSONPath.
 */
public record FailFields(Optional<FieldValue<String>> error, Optional<FieldValue<String>> errorPath,
    Optional<FieldValue<String>> cause, Optional<FieldValue<String>> causePath) {

  /** The error name written literally in {@code Error}, when there is one. */
  public Optional<String> literalError() {
    return error.filter(FieldValue::isValue).flatMap(FieldValue::value);
  }

  static FailFields of(ObjectNode node, QueryLanguage language) {
    boolean jsonata = language == QueryLanguage.JSONATA;
    return new FailFields(
        node.get("Error").map(n -> FieldValue.string(n, jsonata)),
        node.get("ErrorPath").map(FieldValue::string),
        node.get("Cause").map(n -> FieldValue.string(n, jsonata)),
        node.get("CausePath").map(FieldValue::string));
  }
}
