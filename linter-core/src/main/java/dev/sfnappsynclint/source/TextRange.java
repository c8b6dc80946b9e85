package dev.sfnappsynclint.source;

/** A range of text; {@code end} is exclusive. */
public record TextRange(Position start, Position end) {

  public TextRange {
    if (end.compareTo(start) < 0) {
      throw new IllegalArgumentException("range ends before it starts: " + start + "-" + end);
    }
  }

  public static TextRange of(int startLine, int startColumn, int endLine, int endColumn) {
    return new TextRange(new Position(startLine, startColumn), new Position(endLine, endColumn));
  }

  /** A range one character wide, for errors that point at a place rather than a node. */
  public static TextRange at(Position position) {
    return new TextRange(position, new Position(position.line(), position.column() + 1));
  }

  @Override
  public String toString() {
    return start + "-" + end;
  }
}
