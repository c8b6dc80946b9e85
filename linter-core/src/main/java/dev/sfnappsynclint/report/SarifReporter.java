package dev.sfnappsynclint.report;

import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.finding.LintResult;
import dev.sfnappsynclint.finding.RelatedLocation;
import dev.sfnappsynclint.finding.SuggestedFix;
import dev.sfnappsynclint.finding.SuppressedFinding;
import dev.sfnappsynclint.finding.ToolNotification;
import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.source.TextEdit;
import dev.sfnappsynclint.source.TextRange;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0 the way GitHub code scanning reads it: one run, every rule's metadata with help,
 * URIs relative to the source root ({@code %SRCROOT%}), full regions in UTF-16 columns, our own
 * stable key in {@code partialFingerprints} (the upload action computes
 * {@code primaryLocationLineHash} itself), suppressed results only when asked for. Written one
 * result at a time: a report of many findings is never held whole in memory.
 */
public final class SarifReporter implements Reporter {

  static final String FINGERPRINT_KEY = "sfnAppsyncLint/v1";
  private static final String SRCROOT = "%SRCROOT%";

  private final ReportContext context;

  SarifReporter(ReportContext context) {
    this.context = context;
  }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    JsonOutput.stream(out, json -> {
      json.writeStartObject();
      json.writeStringProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      json.writeStringProperty("version", "2.1.0");
      json.writeArrayPropertyStart("runs");
      json.writeStartObject();

      json.writeObjectPropertyStart("tool");
      json.writeObjectPropertyStart("driver");
      json.writeStringProperty("name", context.tool().name());
      json.writeStringProperty("semanticVersion", context.tool().version());
      json.writeStringProperty("informationUri", context.tool().informationUri());
      json.writeArrayPropertyStart("rules");
      Map<String, Integer> ruleIndex = new HashMap<>();
      for (int i = 0; i < context.rules().size(); i++) {
        RuleMetadata rule = context.rules().get(i);
        ruleIndex.put(rule.id(), i);
        json.writeTree(rule(rule));
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();

      json.writeArrayPropertyStart("invocations");
      json.writeStartObject();
      json.writeBooleanProperty("executionSuccessful", !result.hasToolErrors());
      json.writeArrayPropertyStart("toolExecutionNotifications");
      for (ToolNotification notification : result.notifications()) {
        json.writeTree(notification(notification));
      }
      for (Finding finding : result.findings()) {
        if (finding.ruleId().equals("ASL000")) {
          json.writeTree(parseFailure(finding));
        }
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();

      json.writeStringProperty("columnKind", "utf16CodeUnits");
      json.writeArrayPropertyStart("results");
      writeResults(result, ruleIndex, json);
      json.writeEndArray();

      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    });
  }

  private void writeResults(LintResult result, Map<String, Integer> ruleIndex,
      JsonGenerator json) {
    List<Object[]> all = new ArrayList<>();
    for (Finding finding : result.findings()) {
      all.add(new Object[] {finding, null});
    }
    if (context.includeSuppressed()) {
      for (SuppressedFinding suppressed : result.suppressed()) {
        all.add(new Object[] {suppressed.finding(), suppressed});
      }
      all.sort((a, b) -> Finding.ORDER.compare((Finding) a[0], (Finding) b[0]));
    }
    Map<String, Integer> seenAtAnchor = new HashMap<>();
    for (Object[] entry : all) {
      Finding finding = (Finding) entry[0];
      int ordinal = seenAtAnchor.merge(fingerprintKey(finding), 1, Integer::sum) - 1;
      json.writeTree(result(finding, (SuppressedFinding) entry[1], ordinal, ruleIndex));
    }
  }

  private ObjectNode notification(ToolNotification notification) {
    ObjectNode node = JsonOutput.object();
    node.put("level", notification.level() == ToolNotification.Level.ERROR ? "error" : "warning");
    node.putObject("message").put("text", notification.message());
    if (notification.path() != null) {
      node.putArray("locations").addObject().putObject("physicalLocation")
          .set("artifactLocation", artifact(notification.path()));
    }
    if (notification.ruleId() != null) {
      node.putObject("associatedRule").put("id", notification.ruleId());
    }
    return node;
  }

  /** A file that failed to parse is a finding and also something the run could not do. */
  private ObjectNode parseFailure(Finding finding) {
    ObjectNode node = JsonOutput.object();
    node.put("level", "error");
    node.putObject("message").put("text", "Could not parse " + finding.path() + ": "
        + finding.message());
    node.putArray("locations").add(location(finding));
    node.putObject("associatedRule").put("id", finding.ruleId());
    return node;
  }

  /** One SARIF result; {@code suppressed} is null for a finding that was not suppressed. */
  private ObjectNode result(Finding finding, SuppressedFinding suppressed, int ordinal,
      Map<String, Integer> ruleIndex) {
    ObjectNode node = JsonOutput.object();
    node.put("ruleId", finding.ruleId());
    Integer index = ruleIndex.get(finding.ruleId());
    if (index != null) {
      node.put("ruleIndex", index);
    }
    node.put("level", level(finding.severity()));
    node.putObject("message").put("text", finding.message());
    node.putArray("locations").add(location(finding));
    if (!finding.related().isEmpty()) {
      ArrayNode related = node.putArray("relatedLocations");
      for (int i = 0; i < finding.related().size(); i++) {
        RelatedLocation relatedLocation = finding.related().get(i);
        ObjectNode relatedNode = location(relatedLocation.location().path(),
            relatedLocation.location().range());
        relatedNode.put("id", i + 1);
        relatedNode.putObject("message").put("text", relatedLocation.message());
        related.add(relatedNode);
      }
    }
    finding.fix().ifPresent(fix -> node.putArray("fixes").add(fix(fix)));
    node.putObject("partialFingerprints").put(FINGERPRINT_KEY, fingerprint(finding, ordinal));
    if (context.includeSuppressed()) {
      ArrayNode suppressions = node.putArray("suppressions");
      if (suppressed != null) {
        ObjectNode suppression = suppressions.addObject();
        suppression.put("kind", suppressed.kind() == SuppressedFinding.Kind.IN_SOURCE
            ? "inSource" : "external");
        if (!suppressed.justification().isBlank()) {
          suppression.put("justification", suppressed.justification());
        }
      }
    }
    return node;
  }

  private ObjectNode rule(RuleMetadata rule) {
    ObjectNode node = JsonOutput.object();
    node.put("id", rule.id());
    node.put("name", rule.name());
    node.putObject("shortDescription").put("text", rule.summary());
    node.putObject("fullDescription").put("text",
        rule.description().isBlank() ? rule.summary() : rule.description());
    ObjectNode help = node.putObject("help");
    help.put("text", rule.summary() + (rule.description().isBlank() ? ""
        : "\n\n" + rule.description()) + "\n\nDocumentation: " + context.tool().ruleHelpUri(rule.id()));
    help.put("markdown", RuleDocumentation.helpMarkdown(rule));
    node.put("helpUri", context.tool().ruleHelpUri(rule.id()));
    node.putObject("defaultConfiguration").put("level", level(rule.severity()));
    ObjectNode properties = node.putObject("properties");
    ArrayNode tags = properties.putArray("tags");
    rule.tags().forEach(tags::add);
    properties.put("precision", rule.precision().label());
    properties.put("problem.severity", switch (rule.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "recommendation";
    });
    return node;
  }

  private ObjectNode location(Finding finding) {
    return location(finding.path(), finding.range());
  }

  private ObjectNode location(String path, TextRange range) {
    ObjectNode location = JsonOutput.object();
    ObjectNode physical = location.putObject("physicalLocation");
    physical.set("artifactLocation", artifact(path));
    physical.set("region", region(range));
    return location;
  }

  private static ObjectNode region(TextRange range) {
    ObjectNode region = JsonOutput.object();
    region.put("startLine", range.start().line());
    region.put("startColumn", range.start().column());
    region.put("endLine", range.end().line());
    region.put("endColumn", range.end().column());
    return region;
  }

  /** SARIF {@code fix}: one artifact change per file, its replacements in document order. */
  private ObjectNode fix(SuggestedFix fix) {
    ObjectNode node = JsonOutput.object();
    node.putObject("description").put("text", fix.description());
    ArrayNode changes = node.putArray("artifactChanges");
    Map<String, ArrayNode> byFile = new java.util.LinkedHashMap<>();
    for (TextEdit edit : fix.edits()) {
      ArrayNode replacements = byFile.computeIfAbsent(edit.path(), path -> {
        ObjectNode change = changes.addObject();
        change.set("artifactLocation", artifact(path));
        return change.putArray("replacements");
      });
      ObjectNode replacement = replacements.addObject();
      replacement.set("deletedRegion", region(edit.range()));
      replacement.putObject("insertedContent").put("text", edit.replacement());
    }
    return node;
  }

  private ObjectNode artifact(String path) {
    ObjectNode artifact = JsonOutput.object();
    artifact.put("uri", uri(path));
    artifact.put("uriBaseId", SRCROOT);
    return artifact;
  }

  /** The path relative to the source root, percent-encoded as a URI reference. */
  String uri(String displayPath) {
    return context.sourceUri(displayPath);
  }

  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "note";
    };
  }

  /**
   * Stable across line edits: file, rule and anchor (JSON Pointer or schema coordinate), plus the
   * finding's ordinal among the results with that same file, rule and anchor, in output order
   * (which is sorted by position, then rule: deterministic). Two findings of one rule can share an
   * anchor — two {@code ${…}} placeholders in one string — and code scanning would merge them
   * into one alert.
   *
   * <p>Why an ordinal and not the message text: messages are reworded between versions and carry
   * "Did you mean" suggestions that change when unrelated states are renamed, which would close
   * and reopen alerts; and two findings can have the same message (one placeholder written twice).
   * An ordinal changes only when a finding of the same rule at the same anchor before it appears
   * or goes away. The first finding at an anchor (ordinal 0) keeps exactly the key earlier
   * versions wrote, so alerts already in code scanning keep their identity.
   */
  static String fingerprint(Finding finding, int ordinal) {
    String key = fingerprintKey(finding) + (ordinal == 0 ? "" : "\0" + ordinal);
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] hash = digest.digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String fingerprintKey(Finding finding) {
    return finding.path() + '\0' + finding.ruleId() + '\0' + finding.anchor();
  }
}
