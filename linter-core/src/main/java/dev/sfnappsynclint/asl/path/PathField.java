package dev.sfnappsynclint.asl.path;

import dev.sfnappsynclint.tree.ScalarNode;

/**
 * A field of a JSONPath state whose string value is a path: {@code InputPath},
 * {@code ResultPath}, a {@code *Path} field, a Choice rule's {@code Variable} or
 * {@code ...Path} operand.
 *
 * @param field the field's name ({@code ResultPath})
 * @param where where it is, for messages ({@code Catcher #1 of "Charge"})
 * @param node its string value
 */
public record PathField(String field, String where, ScalarNode node, Kind kind) {

  /** What the field accepts. */
  public enum Kind {
    /** Any Path: wildcards, filters and slices allowed. */
    PATH,
    /** A Reference Path: one node. */
    REFERENCE_PATH,
    /** A Reference Path or an intrinsic function call (Fail {@code ErrorPath}/{@code CausePath}). */
    REFERENCE_PATH_OR_INTRINSIC
  }

  public String text() {
    return node.text();
  }

  /** Holds a {@code ${Name}} template placeholder: an opaque value until deployment. */
  public boolean hasPlaceholder() {
    return node.text().contains("${");
  }
}
