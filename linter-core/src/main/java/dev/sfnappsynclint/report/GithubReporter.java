package dev.sfnappsynclint.report;

import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.finding.LintResult;
import dev.sfnappsynclint.finding.ToolNotification;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, which the runner turns into pull-request annotations:
 * {@code ::error file=…,line=…,col=…,endLine=…,endColumn=…,title=ID Name::message}.
 */
public final class GithubReporter implements Reporter {

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    for (Finding finding : result.findings()) {
      String command = switch (finding.severity()) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case NOTE -> "notice";
      };
      out.write("::" + command
          + " file=" + property(finding.path())
          + ",line=" + finding.range().start().line()
          + ",col=" + finding.range().start().column()
          + ",endLine=" + finding.range().end().line()
          + ",endColumn=" + finding.range().end().column()
          + ",title=" + property(finding.ruleId() + " " + finding.ruleName())
          + "::" + data(finding.message()) + "\n");
    }
    for (ToolNotification notification : result.notifications()) {
      String command = notification.level() == ToolNotification.Level.ERROR ? "error" : "warning";
      String file = notification.path() == null ? "" : "file=" + property(notification.path()) + ",";
      out.write("::" + command + " " + file + "title=" + property("sfn-appsync-lint") + "::"
          + data(notification.message()) + "\n");
    }
    out.write(Summary.line(result) + "\n");
  }

  /** Escaping for the message part, as the runner's toolkit does it. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escaping for property values: also ':' and ','. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
