package dev.sfnappsynclint.report;

import dev.sfnappsynclint.finding.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders one {@link LintResult}. Same result, same bytes. */
public interface Reporter {

  void write(LintResult result, Writer out) throws IOException;

  /** Writes the report to a file, in UTF-8, creating its folder. */
  default void writeTo(LintResult result, Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    if (absolute.getParent() != null) {
      Files.createDirectories(absolute.getParent());
    }
    try (Writer writer = Files.newBufferedWriter(absolute, StandardCharsets.UTF_8)) {
      write(result, writer);
    }
  }
}
