package dev.sfnappsynclint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.baseline.Baseline;
import dev.sfnappsynclint.discovery.PathGlob;
import dev.sfnappsynclint.document.Document;
import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.finding.LintResult;
import dev.sfnappsynclint.finding.SuppressedFinding;
import dev.sfnappsynclint.report.ReportContext;
import dev.sfnappsynclint.report.ReportFormat;
import dev.sfnappsynclint.report.ToolInfo;
import dev.sfnappsynclint.rule.DocumentRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.RegisteredRule;
import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.rule.RuleRegistry;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.source.Location;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.source.TextEdit;
import dev.sfnappsynclint.source.TextRange;
import dev.sfnappsynclint.suppression.IgnoreEntry;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A language the engine has never heard of — "notes" files of {@code [Section]} headers and
 * {@code key: value} lines, anchored by coordinates like {@code Orders.owner} — registered only
 * here, with its document type, extractor and one rule. Discovery, rules, reports, inline
 * suppressions, ignores and baselines must all work for it without a change to any of them.
 */
class SecondDocumentKindTest {

  /** A notes file: its entries, each with its section, key and where it is written. */
  record NotesDocument(SourceFile source, List<Entry> entries) implements Document {
    @Override
    public String name() {
      return source.fileName();
    }
  }

  record Entry(String section, String key, String value, Location location) {}

  /** Reads {@code *.notes} files. */
  static final class NotesExtractor implements DocumentExtractor {
    @Override
    public Set<String> fileExtensions() {
      return Set.of(".notes");
    }

    @Override
    public String describeFiles() {
      return "a notes file";
    }

    @Override
    public boolean hasHashComments(SourceFile file) {
      return true;
    }

    @Override
    public boolean accepts(InputFile file) {
      return file.lowerCaseName().endsWith(".notes");
    }

    @Override
    public Extraction extract(InputFile file, ExtractionContext context) {
      SourceFile source = file.source().orElseThrow();
      List<Entry> entries = new ArrayList<>();
      String section = "";
      for (int line = 1; line <= source.lines().lineCount(); line++) {
        String text = source.lines().lineText(line);
        if (text.startsWith("[") && text.endsWith("]")) {
          section = text.substring(1, text.length() - 1);
        } else if (text.contains(": ") && !text.startsWith("#")) {
          String key = text.substring(0, text.indexOf(": "));
          entries.add(new Entry(section, key, text.substring(key.length() + 2), new Location(
              source.displayPath(), TextRange.of(line, 1, line, text.length() + 1),
              section + "." + key)));
        }
      }
      return new Extraction(List.of(new NotesDocument(source, entries)), List.of(),
          List.of(source), List.of(), List.of(file.displayPath()));
    }
  }

  /** Every {@code todo} entry is a finding, related to the section's owner, with a fix. */
  @LintRule(id = "GQL901", name = "OpenTodo", severity = Severity.WARNING, summary = "test")
  public static final class OpenTodo implements DocumentRule<NotesDocument> {
    @Override
    public Class<NotesDocument> documentType() {
      return NotesDocument.class;
    }

    @Override
    public void check(NotesDocument document, Findings findings) {
      for (Entry entry : document.entries()) {
        if (entry.key().equals("todo")) {
          Findings.Reported reported = findings.report(entry.location(), "Open todo in %s: %s",
              entry.section(), entry.value());
          document.entries().stream()
              .filter(e -> e.section().equals(entry.section()) && e.key().equals("owner"))
              .forEach(owner -> reported.related(owner.location(), "the owner of " + entry.section()));
          reported.fix("Mark it done", List.of(new TextEdit(entry.location().path(),
              TextRange.of(entry.location().range().start().line(), 1,
                  entry.location().range().start().line(), 5), "done")));
        }
      }
    }
  }

  @TempDir
  Path work;

  private Linter linter;

  @BeforeEach
  void notesFiles() throws IOException {
    Files.writeString(work.resolve("team.notes"), """
        [Orders]
        owner: alice
        todo: write tests
        [Billing]
        # sfn-appsync-lint-disable-next-line OpenTodo -- next quarter
        todo: retries
        [Search]
        todo: ranking
        """);
    Files.writeString(work.resolve("other.txt"), "todo: not a notes file\n");
    List<DocumentExtractor> extractors = new ArrayList<>(Linter.defaultExtractors());
    extractors.add(new NotesExtractor());
    linter = new Linter(new RuleRegistry(List.of(
        new RegisteredRule(RuleMetadata.of(OpenTodo.class), new OpenTodo()),
        new RegisteredRule(RuleMetadata.of(UnusedSuppression.class), new UnusedSuppression()))),
        extractors);
  }

  private LintResult lint(LintRequest.Builder request) {
    return linter.lint(request.path(Path.of(".")).build());
  }

  @Test
  void discoveredCheckedAndSuppressedInSource() {
    LintResult result = lint(LintRequest.builder(work));
    assertThat(result.lintedPaths()).containsExactly("team.notes");
    assertThat(result.findings()).extracting(Finding::anchor, f -> f.range().start().line(),
            Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Orders.todo", 3, "Open todo in Orders: write tests"),
            org.assertj.core.groups.Tuple.tuple("Search.todo", 8, "Open todo in Search: ranking"));
    assertThat(result.suppressed()).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo(SuppressedFinding.Kind.IN_SOURCE);
      assertThat(s.finding().anchor()).isEqualTo("Billing.todo");
      assertThat(s.justification()).isEqualTo("next quarter");
    });
    Finding first = result.findings().get(0);
    assertThat(first.related()).singleElement().satisfies(r -> {
      assertThat(r.message()).isEqualTo("the owner of Orders");
      assertThat(r.location().range()).isEqualTo(TextRange.of(2, 1, 2, 13));
    });
    assertThat(first.fix()).hasValueSatisfying(fix -> assertThat(fix.description())
        .isEqualTo("Mark it done"));
  }

  @Test
  void ignoredByCoordinateAndBaselined() {
    LintResult ignored = lint(LintRequest.builder(work).ignores(List.of(new IgnoreEntry(
        new PathGlob("**/*.notes"), "Orders", Set.of(), "legacy"))));
    assertThat(ignored.findings()).extracting(Finding::anchor).containsExactly("Search.todo");

    LintResult first = lint(LintRequest.builder(work));
    LintResult second = lint(LintRequest.builder(work).baseline(Baseline.of(first.findings())));
    assertThat(second.findings()).isEmpty();
    assertThat(second.suppressed()).extracting(s -> s.finding().anchor())
        .contains("Orders.todo", "Search.todo");
  }

  @Test
  void reportsCarryCoordinatesRelatedLocationsAndFixes() throws IOException {
    LintResult result = lint(LintRequest.builder(work));
    ReportContext context = ReportContext.plain(ToolInfo.CURRENT, List.of(
        RuleMetadata.of(OpenTodo.class)), work);
    JsonMapper mapper = JsonMapper.builder().build();

    JsonNode json = mapper.readTree(render(context, ReportFormat.JSON, result));
    JsonNode finding = json.get("findings").get(0);
    assertThat(finding.get("coordinate").asString()).isEqualTo("Orders.todo");
    assertThat(finding.has("pointer")).isFalse();
    assertThat(finding.get("related").get(0).get("line").asInt()).isEqualTo(2);
    assertThat(finding.get("fix").get("edits").get(0).get("text").asString()).isEqualTo("done");

    JsonNode sarif = mapper.readTree(render(context, ReportFormat.SARIF, result))
        .get("runs").get(0).get("results").get(0);
    assertThat(sarif.get("relatedLocations").get(0).get("message").get("text").asString())
        .isEqualTo("the owner of Orders");
    JsonNode replacement = sarif.get("fixes").get(0).get("artifactChanges").get(0)
        .get("replacements").get(0);
    assertThat(replacement.get("deletedRegion").get("startLine").asInt()).isEqualTo(3);
    assertThat(replacement.get("insertedContent").get("text").asString()).isEqualTo("done");

    assertThat(render(context, ReportFormat.TEXT, result)).contains(
        "team.notes:3:1: warning GQL901 OpenTodo: Open todo in Orders: write tests\n"
            + "  team.notes:2:1: the owner of Orders\n"
            + "  fix: Mark it done\n");
  }

  private static String render(ReportContext context, ReportFormat format, LintResult result)
      throws IOException {
    StringWriter out = new StringWriter();
    context.reporter(format).write(result, out);
    return out.toString();
  }
}
