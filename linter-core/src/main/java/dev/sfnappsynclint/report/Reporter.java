package dev.sfnappsynclint.report;

import dev.sfnappsynclint.finding.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/** Renders one {@link LintResult}. Same result, same bytes. */
public interface Reporter {

  void write(LintResult result, Writer out) throws IOException;

  /** Writes the report to a file, in UTF-8, creating its folder; whole or not at all. */
  default void writeTo(LintResult result, Path file) throws IOException {
    OutputFile.write(file, writer -> write(result, writer));
  }
}
