package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How long a Wait state waits: exactly one of {@code Seconds}, {@code Timestamp},
 * {@code SecondsPath}, {@code TimestampPath} in valid input; broken input may have several or
 * none, and all are kept. https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html
 *
 * <p>In a JSONata state, {@code Seconds} and {@code Timestamp} may be {@code {% ... %}}
 * expressions.
 *
 * @param specified the members among the four that are written, in document order
 */
public record WaitFields(Optional<FieldValue<Long>> seconds, Optional<FieldValue<String>> timestamp,
    Optional<FieldValue<String>> secondsPath, Optional<FieldValue<String>> timestampPath,
    List<Member> specified) {

  private static final Set<String> NAMES =
      Set.of("Seconds", "Timestamp", "SecondsPath", "TimestampPath");

  public WaitFields {
    specified = List.copyOf(specified);
  }

  static WaitFields of(ObjectNode node, QueryLanguage language) {
    boolean jsonata = language == QueryLanguage.JSONATA;
    return new WaitFields(
        node.get("Seconds").map(n -> FieldValue.integer(n, jsonata)),
        node.get("Timestamp").map(n -> FieldValue.string(n, jsonata)),
        node.get("SecondsPath").map(FieldValue::string),
        node.get("TimestampPath").map(FieldValue::string),
        // Last of each name, as lookups see it.
        node.members().stream().filter(m -> NAMES.contains(m.name()))
            .filter(m -> node.member(m.name()).orElseThrow() == m).toList());
  }
}
