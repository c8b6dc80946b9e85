package dev.sfnappsynclint.report;

import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.finding.LintResult;
import dev.sfnappsynclint.finding.RelatedLocation;
import dev.sfnappsynclint.finding.ToolNotification;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.source.Location;
import dev.sfnappsynclint.source.TextEdit;
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
      node.put(Location.isJsonPointer(finding.anchor()) ? "pointer" : "coordinate",
          finding.anchor());
      if (!finding.related().isEmpty()) {
        ArrayNode related = node.putArray("related");
        for (RelatedLocation location : finding.related()) {
          ObjectNode entry = related.addObject();
          entry.put("message", location.message());
          entry.put("path", location.location().path());
          entry.put("line", location.location().range().start().line());
          entry.put("column", location.location().range().start().column());
          entry.put("endLine", location.location().range().end().line());
          entry.put("endColumn", location.location().range().end().column());
        }
      }
      finding.fix().ifPresent(fix -> {
        ObjectNode entry = node.putObject("fix");
        entry.put("description", fix.description());
        ArrayNode edits = entry.putArray("edits");
        for (TextEdit edit : fix.edits()) {
          ObjectNode e = edits.addObject();
          e.put("path", edit.path());
          e.put("line", edit.range().start().line());
          e.put("column", edit.range().start().column());
          e.put("endLine", edit.range().end().line());
          e.put("endColumn", edit.range().end().column());
          e.put("text", edit.replacement());
        }
      });
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
