package dev.sfnappsynclint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.finding.LintResult;
import dev.sfnappsynclint.finding.RelatedLocation;
import dev.sfnappsynclint.finding.SuggestedFix;
import dev.sfnappsynclint.finding.SuppressedFinding;
import dev.sfnappsynclint.finding.ToolNotification;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.source.Location;
import dev.sfnappsynclint.source.TextEdit;
import dev.sfnappsynclint.source.TextRange;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The JSON and SARIF reports are written one finding at a time, not built as one tree: the bytes
 * must stay what the tree-based writer produced. The pinned digests are those of the reports the
 * tree-based writer (before streaming) wrote for this result; the round trip shows where a
 * formatting difference is, if there is one.
 */
class StreamedJsonReportsTest {

  // Digests of the reports the tree-based writer wrote for result(), before streaming.
  private static final String JSON_SHA256 =
      "fc268645fbe93cb43ea62c26e534b778931f48f0d358c6c26d698c2194e5ba78";
  private static final String SARIF_SHA256 =
      "b2224421d71de5cdbde7e35199ddbcec1ed0f78a116a3de782260ac1871951a8";
  private static final String SARIF_WITH_SUPPRESSED_SHA256 =
      "687da4ade33cda00bb8addbbebab950a553d33d7ee88bb1f079f8fc2f272eb2a";

  private static final ToolInfo TOOL =
      new ToolInfo("sfn-appsync-lint", "1.2.3", "https://example.com/sfn-appsync-lint");
  private static final String[] PATHS = {"flows/a.asl.json", "flows/sub dir/naïve.asl.yaml",
      "schema/b:c.graphql"};
  private static final String ODD_TEXT =
      "quote \" backslash \\ slash / tab \t line\nbreak \u0001 é 日本 😀 </script> \u2028";

  private static final List<RuleMetadata> RULES = List.of(
      rule("ASL000", "ParseError", Severity.ERROR, ""),
      rule("ASL001", "FirstRule", Severity.WARNING, "Longer \"description\"."),
      rule("GQL002", "SecondRule", Severity.NOTE, "Second description\nover two lines."));

  private static RuleMetadata rule(String id, String name, Severity severity, String description) {
    return new RuleMetadata(id, name, severity, "Summary of " + name + " " + ODD_TEXT,
        description, List.of("tag-a", "tag b"), Precision.HIGH, List.of(),
        "## What it finds\n\nSomething.\n\n## Example\n\n```json\n{\"A\": 1}\n```", true, true,
        List.of("recommended"), List.of());
  }

  private static LintResult result() {
    List<Finding> findings = new ArrayList<>();
    List<SuppressedFinding> suppressed = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      int n = i;
      RuleMetadata rule = RULES.get(1 + i % 2);
      String path = PATHS[i % PATHS.length];
      int line = 1 + i / 3;
      TextRange range = TextRange.of(line, 1 + i % 5, line + i % 2, 10 + i % 7);
      // Findings i and i + 6 share file, rule and anchor: the second one has ordinal 1.
      int anchorIndex = i / 12;
      String anchor = i % 2 == 0 ? "/States/S" + anchorIndex : "Query.field" + anchorIndex;
      List<RelatedLocation> related = i % 3 == 0
          ? List.of(new RelatedLocation(new Location(PATHS[(i + 1) % PATHS.length],
              TextRange.of(line + 1, 2, line + 1, 8), "/States/T" + i), "related " + i),
              new RelatedLocation(new Location(path, TextRange.of(line, 3, line, 4), ""),
                  ODD_TEXT))
          : List.of();
      Optional<SuggestedFix> fix = i % 2 == 0 ? Optional.empty()
          : Optional.of(new SuggestedFix("fix " + i + " " + ODD_TEXT, () -> n % 4 == 1
              ? List.of(new TextEdit(path, range, "\"replacement\": " + n + "\n"))
              : List.of(new TextEdit(path, range, ""),
                  new TextEdit(PATHS[(n + 1) % PATHS.length], TextRange.of(1, 1, 1, 1), ODD_TEXT),
                  new TextEdit(path, TextRange.of(line + 2, 1, line + 2, 3), "x"))));
      Finding finding = new Finding(rule.id(), rule.name(), rule.severity(),
          "message " + i + (i % 10 == 0 ? " " + ODD_TEXT : ""),
          new Location(path, range, anchor), related, fix);
      if (i % 6 == 5) {
        suppressed.add(new SuppressedFinding(finding, i % 12 == 5
            ? SuppressedFinding.Kind.IN_SOURCE : SuppressedFinding.Kind.EXTERNAL,
            i % 4 == 1 ? "because " + ODD_TEXT : " "));
      } else {
        findings.add(finding);
      }
    }
    findings.add(new Finding("ASL000", "ParseError", Severity.ERROR, "unexpected " + ODD_TEXT,
        "flows/broken.asl.json", TextRange.of(2, 3, 2, 4), ""));
    List<ToolNotification> notifications = List.of(
        new ToolNotification(ToolNotification.Level.ERROR, "flows/missing.asl.json", null,
            "no such file"),
        new ToolNotification(ToolNotification.Level.WARNING, null, "ASL001", "rule " + ODD_TEXT),
        new ToolNotification(ToolNotification.Level.WARNING, "flows/a.asl.json", "GQL002",
            "both"));
    return new LintResult(findings, suppressed, notifications, List.of(PATHS), RULES);
  }

  private static String render(ReportFormat format, boolean includeSuppressed) throws IOException {
    Path here = Path.of("").toAbsolutePath();
    StringWriter out = new StringWriter();
    new ReportContext(TOOL, RULES, here, here, includeSuppressed, false, false,
        ReportContext.SourceLines.NONE).reporter(format).write(result(), out);
    return out.toString();
  }

  @Test
  void jsonReportIsWhatTheTreeBasedWriterWrote() throws IOException {
    String json = render(ReportFormat.JSON, false);
    assertSameAsTreeRendering(json);
    assertThat(sha256(json)).isEqualTo(JSON_SHA256);
  }

  @Test
  void sarifReportIsWhatTheTreeBasedWriterWrote() throws IOException {
    String sarif = render(ReportFormat.SARIF, false);
    assertSameAsTreeRendering(sarif);
    assertThat(sha256(sarif)).isEqualTo(SARIF_SHA256);
  }

  @Test
  void sarifReportWithSuppressedResultsIsWhatTheTreeBasedWriterWrote() throws IOException {
    String sarif = render(ReportFormat.SARIF, true);
    assertSameAsTreeRendering(sarif);
    assertThat(sha256(sarif)).isEqualTo(SARIF_WITH_SUPPRESSED_SHA256);
  }

  /** Read back as a tree and written whole, the report must come out byte for byte the same. */
  private static void assertSameAsTreeRendering(String report) {
    String tree = JsonOutput.write(JsonOutput.MAPPER.readTree(report));
    int at = 0;
    while (at < Math.min(report.length(), tree.length())
        && report.charAt(at) == tree.charAt(at)) {
      at++;
    }
    assertThat(window(report, at)).as("report at offset %d", at).isEqualTo(window(tree, at));
    assertThat(report).hasSize(tree.length());
  }

  private static String window(String text, int at) {
    return text.substring(Math.max(0, at - 200), Math.min(text.length(), at + 200));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
