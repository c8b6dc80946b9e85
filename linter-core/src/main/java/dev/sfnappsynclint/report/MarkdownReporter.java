package dev.sfnappsynclint.report;

import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.finding.LintResult;
import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A Markdown summary for people reading a pull request or a CI job summary: counts by severity,
 * the first findings with links to their lines, and the rules involved with links to their
 * documentation.
 */
public final class MarkdownReporter implements Reporter {

  /** Findings listed in the table; the rest are counted. */
  static final int TABLE_LIMIT = 50;

  private final ReportContext context;

  MarkdownReporter(ReportContext context) {
    this.context = context;
  }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    long errors = result.count(Severity.ERROR);
    long warnings = result.count(Severity.WARNING);
    long notes = result.count(Severity.NOTE);
    out.write("## sfn-appsync-lint\n\n");
    out.write(bold(errors, "error") + ", " + bold(warnings, "warning") + ", "
        + bold(notes, "note") + " in " + Summary.plural(result.filesLinted(), "file") + ".\n");
    if (result.hasToolErrors()) {
      out.write("\n> [!CAUTION]\n> The linter could not check everything:\n");
      result.notifications().stream()
          .filter(n -> n.level() == dev.sfnappsynclint.finding.ToolNotification.Level.ERROR)
          .forEach(n -> write(out, "> - " + cell(n.toString()) + "\n"));
    }
    if (result.findings().isEmpty()) {
      return;
    }
    out.write("\n| Severity | Rule | Location | Message |\n|---|---|---|---|\n");
    Map<String, RuleMetadata> rules = context.rules().stream()
        .collect(Collectors.toMap(RuleMetadata::id, Function.identity(), (a, b) -> a));
    int listed = 0;
    for (Finding finding : result.findings()) {
      if (listed++ == TABLE_LIMIT) {
        break;
      }
      String location = finding.path() + ":" + finding.range().start().line();
      out.write("| " + finding.severity().label() + " | " + ruleLink(finding.ruleId())
          + " " + finding.ruleName() + " | " + sourceLink(finding, location) + " | "
          + cell(finding.message()) + " |\n");
    }
    if (result.findings().size() > TABLE_LIMIT) {
      out.write("\n_" + (result.findings().size() - TABLE_LIMIT) + " more finding"
          + (result.findings().size() - TABLE_LIMIT == 1 ? "" : "s")
          + " not listed here: see the SARIF report or the code scanning alerts._\n");
    }
    Map<String, Long> byRule = new TreeMap<>(result.findings().stream()
        .collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting())));
    out.write("\n### Rules\n\n| Rule | Name | Findings | Summary |\n|---|---|---|---|\n");
    for (Map.Entry<String, Long> rule : byRule.entrySet()) {
      RuleMetadata metadata = rules.get(rule.getKey());
      out.write("| " + ruleLink(rule.getKey()) + " | "
          + (metadata == null ? "" : metadata.name()) + " | " + rule.getValue() + " | "
          + (metadata == null ? "" : cell(metadata.summary())) + " |\n");
    }
  }

  private String ruleLink(String ruleId) {
    return "[" + ruleId + "](" + context.tool().ruleHelpUri(ruleId) + ")";
  }

  private String sourceLink(Finding finding, String label) {
    Optional<String> base = context.sourceLinkBase();
    if (base.isEmpty()) {
      return cell(label);
    }
    // A ")" in a path would end the link early: percent-encode what a link target must not hold.
    String target = context.sourceUri(finding.path()).replace("(", "%28").replace(")", "%29");
    return "[" + cell(label) + "](" + base.get() + "/" + target + "#L"
        + finding.range().start().line() + ")";
  }

  private static String bold(long count, String noun) {
    String text = Summary.plural(count, noun);
    return count > 0 ? "**" + text + "**" : text;
  }

  /**
   * Text from linted files as plain Markdown text in a table cell: the punctuation that can
   * start a link, image, emphasis, code span, HTML, entity, math, {@code @} mention or
   * {@code #123} reference is backslash-escaped, line breaks become spaces, and bare URLs are
   * broken up so that GitHub does not turn them into links.
   */
  static String cell(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        out.append(' ');
      } else if (c < 0x80 && PUNCTUATION.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
        out.append(TerminalText.escape(String.valueOf(c)).replace("\\", "\\\\"));
      } else {
        out.append(c);
      }
    }
    return out.toString().replace("://", ":\u200B//").replace("www.", "www\u200B.");
  }

  private static final String PUNCTUATION = "\\`*_{}[]()<>#!|~@&$";

  private static void write(Writer out, String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
