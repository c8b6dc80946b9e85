package dev.sfnappsynclint.tree;

import dev.sfnappsynclint.source.Position;

/** The text is not well-formed JSON or YAML, or breaks a parsing limit. */
public final class SyntaxException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Position position;

  public SyntaxException(String message, Position position) {
    super(message);
    this.position = position;
  }

  public Position position() {
    return position;
  }
}
