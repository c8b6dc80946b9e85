package dev.sfnappsynclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.lint.Linter;
import dev.sfnappsynclint.report.RuleDocumentation;
import dev.sfnappsynclint.rule.RegisteredRule;
import dev.sfnappsynclint.rule.RuleMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** docs/rules is generated from rule metadata; this test fails when it is stale. */
class RuleDocsTest {

  private static final Path DOCS = Path.of(System.getProperty("sfnappsynclint.root", "..")).resolve("docs/rules");
  private static final String REGENERATE = "./mvnw -q -B package -DskipTests && "
      + "java -jar cli/target/sfn-appsync-lint.jar rules --write-docs docs/rules";

  private static List<RuleMetadata> rules() {
    return Linter.defaultRegistry().rules().stream().map(RegisteredRule::metadata).toList();
  }

  @Test
  void docsRulesIsUpToDate() throws IOException {
    Map<String, String> expected = RuleDocumentation.pages(rules());
    try (Stream<Path> files = Files.list(DOCS)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .as("pages in docs/rules; regenerate with: %s", REGENERATE)
          .containsExactlyElementsOf(expected.keySet().stream().sorted().toList());
    }
    for (Map.Entry<String, String> page : expected.entrySet()) {
      assertThat(Files.readString(DOCS.resolve(page.getKey()), StandardCharsets.UTF_8))
          .as("docs/rules/%s is stale; regenerate with: %s", page.getKey(), REGENERATE)
          .isEqualTo(page.getValue());
    }
  }

  @Test
  void everyRuleDocumentsWhatWhyAnExampleTheFixAndItsSources() {
    for (RuleMetadata rule : rules()) {
      assertThat(rule.help()).as("help of %s", rule.id())
          .contains("## What it finds", "## Why it matters", "## Example", "## Fix");
      String example = rule.help().substring(rule.help().indexOf("## Example"),
          rule.help().indexOf("## Fix"));
      String fix = rule.help().substring(rule.help().indexOf("## Fix"));
      assertThat(example).as("a bad example in the help of %s", rule.id()).contains("```");
      assertThat(fix).as("a good example in the help of %s", rule.id()).contains("```");
      assertThat(rule.summary()).as("summary of %s", rule.id()).endsWith(".");
      assertThat(rule.tags()).as("tags of %s", rule.id()).isNotEmpty();
      if (!rule.id().equals("ASL098")) {
        assertThat(rule.awsDocs()).as("AWS documentation of %s", rule.id()).isNotEmpty()
            .allSatisfy(link -> assertThat(link).startsWith("https://docs.aws.amazon.com/"));
      }
    }
  }

  @Test
  void writeDocsProducesTheCheckedInPages(@TempDir Path work) throws IOException {
    CliRun cli = new CliRun(work);
    assertThat(cli.run("rules", "--write-docs", "docs/rules")).isZero();
    for (Map.Entry<String, String> page : RuleDocumentation.pages(rules()).entrySet()) {
      assertThat(cli.read("docs/rules/" + page.getKey())).isEqualTo(page.getValue());
    }
    assertThat(cli.read("docs/rules/ASL006.md")).contains("# ASL006 UnreachableState",
        "## Example", "## Fix", "## Suppress it", "https://docs.aws.amazon.com/");
  }

  @Test
  void rulesInEveryFormatAndExplain(@TempDir Path work) throws IOException {
    CliRun cli = new CliRun(work);
    assertThat(cli.run("rules", "--format", "json")).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(cli.out);
    assertThat(json.get("rules")).hasSize(rules().size());
    assertThat(cli.run("rules", "--format", "markdown")).isZero();
    assertThat(cli.out).contains("| [ASL006](ASL006.md) | UnreachableState | error |");
    assertThat(cli.run("explain", "UnreachableState")).isZero();
    assertThat(cli.out).startsWith("# ASL006 UnreachableState\n").doesNotContain("<!--").contains("# ASL006 UnreachableState", "## Fix");
    assertThat(cli.run("explain", "asl006")).isZero();
    assertThat(cli.run("explain", "Nope")).isEqualTo(2);
    assertThat(cli.err).contains("no rule 'Nope'");
  }
}
