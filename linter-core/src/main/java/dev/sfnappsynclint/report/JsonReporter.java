package dev.sfnappsynclint.report;

import dev.sfnappsynclint.lint.Finding;
import dev.sfnappsynclint.lint.LintResult;
import dev.sfnappsynclint.lint.ToolNotification;
import dev.sfnappsynclint.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON object with {@code findings}, {@code notifications} and a {@code summary}. The field
 * names are a public contract (documented in the README): add fields, never rename them.
 */
public final class JsonReporter implements Reporter {

  private final String toolVersion;

  public JsonReporter(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    ObjectNode root = JsonOutput.object();
    root.put("tool", "sfn-appsync-lint");
    root.put("version", toolVersion);
    ArrayNode findings = root.putArray("findings");
    for (Finding finding : result.findings()) {
      ObjectNode node = findings.addObject();
      node.put("ruleId", finding.ruleId());
      node.put("ruleName", finding.ruleName());
      node.put("severity", finding.severity().label());
      node.put("message", finding.message());
      node.put("path", finding.path());
      node.put("line", finding.range().start().line());
      node.put("column", finding.range().start().column());
      node.put("endLine", finding.range().end().line());
      node.put("endColumn", finding.range().end().column());
      node.put("pointer", finding.pointer());
    }
    ArrayNode notifications = root.putArray("notifications");
    for (ToolNotification notification : result.notifications()) {
      ObjectNode node = notifications.addObject();
      node.put("level", notification.level().name().toLowerCase(java.util.Locale.ROOT));
      if (notification.path() != null) {
        node.put("path", notification.path());
      }
      if (notification.ruleId() != null) {
        node.put("ruleId", notification.ruleId());
      }
      node.put("message", notification.message());
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("errors", result.count(Severity.ERROR));
    summary.put("warnings", result.count(Severity.WARNING));
    summary.put("notes", result.count(Severity.NOTE));
    summary.put("files", result.filesLinted());
    summary.put("toolErrors", result.notifications().stream()
        .filter(n -> n.level() == ToolNotification.Level.ERROR).count());
    out.write(JsonOutput.write(root));
  }
}
