package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.tree.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * What Retriers and Catchers share: an {@code ErrorEquals} list, scanned in array order — the
 * first element whose list matches the error handles it
 * (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html).
 */
public sealed interface ErrorHandler permits Retrier, Catcher {

  /** The Retrier or Catcher object. */
  ObjectNode node();

  /** Its position in {@code Retry} or {@code Catch} (0-based). */
  int index();

  Optional<FieldValue<List<FieldValue<String>>>> errorEquals();

  /** "Retrier" or "Catcher". */
  String kind();

  /** The error names of {@code ErrorEquals}; empty when it is missing or not an array. */
  default List<FieldValue<String>> errors() {
    return errorEquals().flatMap(FieldValue::value).orElse(List.of());
  }
}
