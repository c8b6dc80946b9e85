package dev.sfnappsynclint.report;

import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.finding.LintResult;
import dev.sfnappsynclint.finding.RelatedLocation;
import dev.sfnappsynclint.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/**
 * One line per finding, {@code path:line:col: severity ID Name: message}, the form editors and
 * terminals turn into links, then a summary line. On a terminal, a code frame shows the source
 * line with a caret under the range, and colour marks the severity.
 */
public final class TextReporter implements Reporter {

  private static final String RESET = "\u001B[0m";
  private static final String BOLD = "\u001B[1m";
  private static final String DIM = "\u001B[2m";
  private static final String RED = "\u001B[31m";
  private static final String YELLOW = "\u001B[33m";
  private static final String CYAN = "\u001B[36m";

  private final boolean codeFrames;
  private final boolean color;
  private final ReportContext.SourceLines sourceLines;

  public TextReporter() {
    this(false, false, ReportContext.SourceLines.NONE);
  }

  public TextReporter(boolean codeFrames, boolean color, ReportContext.SourceLines sourceLines) {
    this.codeFrames = codeFrames;
    this.color = color;
    this.sourceLines = sourceLines;
  }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    for (Finding finding : result.findings()) {
      int line = finding.range().start().line();
      int column = finding.range().start().column();
      out.write(paint(BOLD, TerminalText.escape(finding.path()) + ":" + line + ":" + column)
          + ": " + paint(severityColor(finding.severity()), finding.severity().label()) + " "
          + paint(DIM, finding.ruleId() + " " + finding.ruleName()) + ": "
          + TerminalText.escape(finding.message()) + "\n");
      if (codeFrames) {
        Optional<String> text = sourceLines.line(finding.path(), line);
        if (text.isPresent()) {
          out.write(frame(finding, text.get()));
        }
      }
      for (RelatedLocation related : finding.related()) {
        out.write("  " + paint(DIM, TerminalText.escape(related.location().path()) + ":"
            + related.location().range().start().line() + ":"
            + related.location().range().start().column() + ":") + " "
            + TerminalText.escape(related.message()) + "\n");
      }
      if (finding.fix().isPresent()) {
        out.write("  " + paint(CYAN, "fix:") + " "
            + TerminalText.escape(finding.fix().get().description()) + "\n");
      }
    }
    out.write(Summary.line(result) + "\n");
  }

  /** Source characters shown around the finding on long lines: minified JSON has megabytes. */
  static final int FRAME_BEFORE = 60;
  static final int FRAME_AFTER = 100;

  private String frame(Finding finding, String text) {
    String number = String.valueOf(finding.range().start().line());
    String gutter = " ".repeat(number.length());
    int start = Math.min(finding.range().start().column() - 1, text.length());
    int end = finding.range().end().line() == finding.range().start().line()
        ? Math.min(finding.range().end().column() - 1, text.length())
        : text.length();
    int from = Math.max(0, start - FRAME_BEFORE);
    int to = Math.min(text.length(), Math.max(start + FRAME_AFTER, from + FRAME_BEFORE
        + FRAME_AFTER));
    end = Math.min(end, to);
    StringBuilder shown = new StringBuilder(from > 0 ? "…" : "");
    StringBuilder padding = new StringBuilder(from > 0 ? " " : "");
    int caretWidth = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      // Keep tabs so the caret lines up with what the terminal shows; escape the rest.
      String visible = c == '\t' ? "\t" : TerminalText.escape(String.valueOf(c));
      shown.append(visible);
      if (i < start) {
        padding.append(c == '\t' ? "\t" : " ".repeat(visible.length()));
      } else if (i < end) {
        caretWidth += visible.length();
      }
    }
    if (to < text.length()) {
      shown.append("…");
    }
    String carets = "^".repeat(Math.max(1, caretWidth));
    return "  " + paint(DIM, number + " | ") + shown + "\n"
        + "  " + paint(DIM, gutter + " | ") + padding
        + paint(severityColor(finding.severity()), carets) + "\n";
  }

  private String severityColor(Severity severity) {
    return switch (severity) {
      case ERROR -> RED;
      case WARNING -> YELLOW;
      case NOTE -> CYAN;
    };
  }

  private String paint(String style, String text) {
    return color ? style + text + RESET : text;
  }
}
