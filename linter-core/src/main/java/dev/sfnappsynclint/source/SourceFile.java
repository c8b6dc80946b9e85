package dev.sfnappsynclint.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file's text as the linter read it.
 *
 * @param path the file on disk
 * @param displayPath the path as findings show it: relative to the working directory, with
 *     forward slashes
 * @param text the decoded text, without a byte order mark
 */
public record SourceFile(Path path, String displayPath, String text, LineIndex lines) {

  public SourceFile(Path path, String displayPath, String text) {
    this(path, displayPath, text, new LineIndex(text));
  }

  // equals and hashCode written out: the record's generated ones bootstrap method handles on
  // first use, about thirty classes spun (10 ms) in every run, since every lint keys a map by
  // its source files. Same meaning as the generated ones.
  @Override
  public boolean equals(Object other) {
    return other instanceof SourceFile that && Objects.equals(path, that.path)
        && Objects.equals(displayPath, that.displayPath) && Objects.equals(text, that.text)
        && Objects.equals(lines, that.lines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, displayPath, text, lines);
  }

  public String fileName() {
    Path name = path.getFileName();
    return name == null ? displayPath : name.toString();
  }
}
