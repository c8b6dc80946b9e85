package dev.sfnappsynclint.rule;

import dev.sfnappsynclint.tree.Node;

/** Where a rule reports what it found. The node gives the pointer and the source range. */
public interface Findings {

  void report(Node node, String message);

  default void report(Node node, String format, Object... arguments) {
    report(node, String.format(java.util.Locale.ROOT, format, arguments));
  }
}
