package dev.sfnappsynclint.appsync;

import dev.sfnappsynclint.source.LineIndex;
import dev.sfnappsynclint.source.Position;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.source.TextRange;
import dev.sfnappsynclint.template.EmbeddedText;

/**
 * One GraphQL text of a schema, and where each of its characters is written: a {@code .graphql}
 * file (each character at its own place), or a schema written inside a template's
 * {@code Definition}/{@code SchemaInline} string (each character where the template has it,
 * through quotes, escapes and block-scalar indentation). graphql-java reports lines and columns
 * in this text; {@link #range} turns them into places of the file the user edits.
 *
 * @param name the source name the parser gives every node: the file's display path, or the
 *     template's display path and the property's JSON Pointer
 */
public record SchemaSource(SourceFile file, String name, String text, LineIndex lines,
    int[] offsets, int[] ends) {

  /** A whole {@code .graphql} file. */
  public static SchemaSource of(SourceFile file) {
    return new SchemaSource(file, file.displayPath(), file.text(), file.lines(), null, null);
  }

  /** A schema written in a string of a template. */
  public static SchemaSource embedded(EmbeddedText text, String name) {
    return new SchemaSource(text.file(), name, text.text(), new LineIndex(text.text()),
        text.offsets(), text.ends());
  }

  /** Whether the text is a file of its own, rather than a string inside another file. */
  public boolean isWholeFile() {
    return offsets == null;
  }

  /**
   * The offset in the text of a parser position: 1-based line, 1-based column counted in code
   * points, as graphql-java counts.
   */
  public int offset(int line, int codePointColumn) {
    if (line < 1) {
      return 0;
    }
    return lines.offsetOfCodePointColumn(line - 1, Math.max(0, codePointColumn - 1));
  }

  /** The file range of the text between two offsets of the text (end exclusive). */
  public TextRange range(int start, int end) {
    int from = Math.max(0, Math.min(start, text.length()));
    int to = Math.max(from, Math.min(end, text.length()));
    Position first = file.lines().position(fileOffset(from));
    Position last = to == from ? new Position(first.line(), first.column() + 1)
        : file.lines().position(fileEnd(to - 1));
    if (last.compareTo(first) <= 0) {
      last = new Position(first.line(), first.column() + 1);
    }
    return new TextRange(first, last);
  }

  private int fileOffset(int textOffset) {
    return offsets == null ? textOffset : offsets[textOffset];
  }

  private int fileEnd(int textOffset) {
    return ends == null ? textOffset + 1 : ends[textOffset];
  }
}
