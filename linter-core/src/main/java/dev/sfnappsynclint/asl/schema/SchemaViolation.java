package dev.sfnappsynclint.asl.schema;

import dev.sfnappsynclint.tree.Node;
import java.util.List;

/**
 * One way a definition breaks the ASL JSON Schema, located at the node it is about.
 *
 * @param kind what is wrong, which decides the rule that reports it
 * @param node the key or value the finding points at
 * @param message a plain sentence, without a did-you-mean
 * @param field the field the violation is about (the unknown, missing or invalid one)
 * @param expected the names that would be right here: the fields the object allows for an
 *     unknown field, empty otherwise
 */
public record SchemaViolation(Kind kind, Node node, String message, String field,
    List<String> expected) {

  public enum Kind {
    /** A field the object does not have (AWS: SCHEMA_VALIDATION_FAILED). */
    UNKNOWN_FIELD,
    /** A field the object needs is absent. */
    MISSING_FIELD,
    /** A field's value has the wrong type or is out of range. */
    INVALID_VALUE,
    /** Two fields that exclude each other are both set. */
    CONFLICTING_FIELDS,
    /** A state name longer than 80 characters. */
    STATE_NAME_TOO_LONG
  }

  public SchemaViolation {
    expected = List.copyOf(expected);
  }
}
