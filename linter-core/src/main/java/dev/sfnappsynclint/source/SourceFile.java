package dev.sfnappsynclint.source;

import java.nio.file.Path;

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

  public String fileName() {
    Path name = path.getFileName();
    return name == null ? displayPath : name.toString();
  }
}
