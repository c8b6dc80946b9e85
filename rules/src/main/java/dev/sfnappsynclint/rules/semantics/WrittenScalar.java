package dev.sfnappsynclint.rules.semantics;

import dev.sfnappsynclint.source.Position;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.tree.Node;
import java.util.Optional;

/** How a scalar is written in its file: the character it starts with tells its quoting. */
final class WrittenScalar {

  private WrittenScalar() {
  }

  /** The first character of the node's range in its file. */
  static Optional<Character> firstCharacter(Node node) {
    SourceFile source = node.source();
    Position start = node.range().start();
    int offset = source.lines().lineStart(start.line()) + start.column() - 1;
    return offset >= 0 && offset < source.text().length()
        ? Optional.of(source.text().charAt(offset)) : Optional.empty();
  }

  /** {@code text} with the quotes the node has in its file: none, ' or ". */
  static String quotedLike(Node node, String text) {
    char first = firstCharacter(node).orElse('"');
    return first == '"' || first == '\'' ? first + text + first : text;
  }
}
