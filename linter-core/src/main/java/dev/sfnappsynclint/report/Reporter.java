package dev.sfnappsynclint.report;

import dev.sfnappsynclint.lint.LintResult;
import java.io.IOException;
import java.io.Writer;

/** Renders one {@link LintResult}. Same result, same bytes. */
public interface Reporter {

  void write(LintResult result, Writer out) throws IOException;
}
