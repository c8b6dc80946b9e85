package dev.sfnappsynclint.report;

import dev.sfnappsynclint.lint.Finding;
import dev.sfnappsynclint.lint.LintResult;
import java.io.IOException;
import java.io.Writer;

/**
 * One line per finding, {@code path:line:col: severity ID Name: message}, the form editors and
 * terminals turn into links, then a summary line.
 */
public final class TextReporter implements Reporter {

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    for (Finding finding : result.findings()) {
      out.write(finding.path() + ":" + finding.range().start().line() + ":"
          + finding.range().start().column() + ": " + finding.severity().label() + " "
          + finding.ruleId() + " " + finding.ruleName() + ": " + finding.message() + "\n");
    }
    out.write(Summary.line(result) + "\n");
  }
}
