package dev.sfnappsynclint.source;

/**
 * A place in a text file: 1-based line, 1-based column counted in UTF-16 code units (what SARIF
 * calls {@code utf16CodeUnits} and what Java strings index).
 */
public record Position(int line, int column) implements Comparable<Position> {

  public Position {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  @Override
  public int compareTo(Position other) {
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
