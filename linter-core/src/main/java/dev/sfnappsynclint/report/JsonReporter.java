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
 * Written one finding at a time: a report of many findings is never held whole in memory.
 */
public final class JsonReporter implements Reporter {

  private final String toolVersion;

  public JsonReporter(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    JsonOutput.stream(out, json -> {
      json.writeStartObject();
      json.writeStringProperty("tool", "sfn-appsync-lint");
      json.writeStringProperty("version", toolVersion);
      json.writeArrayPropertyStart("findings");
      for (Finding finding : result.findings()) {
        json.writeTree(finding(finding));
      }
      json.writeEndArray();
      json.writeArrayPropertyStart("notifications");
      for (ToolNotification notification : result.notifications()) {
        json.writeTree(notification(notification));
      }
      json.writeEndArray();
      json.writeObjectPropertyStart("summary");
      json.writeNumberProperty("errors", result.count(Severity.ERROR));
      json.writeNumberProperty("warnings", result.count(Severity.WARNING));
      json.writeNumberProperty("notes", result.count(Severity.NOTE));
      json.writeNumberProperty("files", result.filesLinted());
      json.writeNumberProperty("toolErrors", result.notifications().stream()
          .filter(n -> n.level() == ToolNotification.Level.ERROR).count());
      json.writeEndObject();
      json.writeEndObject();
    });
  }

  private static ObjectNode finding(Finding finding) {
    ObjectNode node = JsonOutput.object();
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
    return node;
  }

  private static ObjectNode notification(ToolNotification notification) {
    ObjectNode node = JsonOutput.object();
    node.put("level", notification.level().name().toLowerCase(java.util.Locale.ROOT));
    if (notification.path() != null) {
      node.put("path", notification.path());
    }
    if (notification.ruleId() != null) {
      node.put("ruleId", notification.ruleId());
    }
    node.put("message", notification.message());
    return node;
  }
}
