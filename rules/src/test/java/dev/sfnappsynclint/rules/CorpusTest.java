package dev.sfnappsynclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.finding.LintResult;
import dev.sfnappsynclint.lint.Linter;
import dev.sfnappsynclint.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Lints the shared corpus of real, deployed definitions and schemas (../shared/corpus beside
 * the project, when it exists): state machines and templates, Amplify and raw AppSync GraphQL
 * schemas. Deployed means AWS accepted them: the linter must not crash, every schema loads, and
 * every error-level finding must be one of the real defects named here.
 */
class CorpusTest {

  /** Real defects in the corpus, by path suffix and rule id; each is explained. */
  private static final Map<String, String> KNOWN_DEFECTS = Map.ofEntries(
      // Not valid JSON: a missing comma (the corpus README names it).
      Map.entry("sfn-iot-data-analytics-dataset/statemachine/statemachine.asl.json", "ASL000"),
      // "QueryLanguage": "JSONata" written inside States, where every entry must be a state object.
      Map.entry("shared-fallback-state-jsonata/statemachine/statemachine.asl.json", "ASL001"),
      // DefinitionUri: statemachines/statemachine.asl.json, but the folder is statemachine/.
      Map.entry("account-vending-machine/template.yaml", "ASL097"),
      // "Description: >" followed by an unindented line: not YAML (PyYAML, SAM CLI's parser,
      // rejects it with the same "could not find expected ':'").
      Map.entry("event-sourcing/template.yaml", "ASL000"),
      // "!GetAZs !Ref AWS::Region": two tags on one node. Not YAML, and the CloudFormation
      // documentation says short forms cannot be nested directly like this.
      Map.entry("parallelized-embedding-pipeline/template.yaml", "ASL000"),
      // "FunctionName": "${ModuloFunctionName}" and "${CallToAPIFunctionName}", but the template
      // has no DefinitionSubstitutions: the Lambda invocations get that literal text as a name.
      Map.entry("stateless-roundrobin/statemachine/statemachine.asl.json", "ASL010"),
      // "${TopicArn}" in the definition, "topicArn" in DefinitionSubstitutions (case matters):
      // SNS receives the literal text as a topic ARN.
      Map.entry("synchronous-job/statemachine/statemachine.asl.json", "ASL010"),
      // A Gen 1 model-generation test schema with a field of type "Missing", declared nowhere:
      // the schema is invalid on purpose (the test expects codegen to fail).
      Map.entry("amplify-e2e-tests/schemas/modelgen/model_gen_schema_with_errors.graphql",
          "GQL000"),
      // A test template, not GraphQL as written: the test replaces the bare placeholder
      // INFERENENCE_CONFIGURATION inside @conversation(...) before parsing.
      Map.entry("conversation-route-inference-configuration-template.graphql", "GQL000"));

  @Test
  void deployedDefinitionsLintWithoutCrashesOrFalseErrors() throws IOException {
    Path corpus = Path.of(System.getProperty("sfnappsynclint.corpus", "../../shared/corpus"));
    if (!Files.isDirectory(corpus)) {
      // CI always has the corpus beside the clone: its absence there is a broken set-up, not a
      // reason to pass.
      assertThat(System.getenv("CI")).as("CI=true, but there is no corpus at %s",
          corpus.toAbsolutePath()).isNotEqualTo("true");
      Assumptions.abort("Skipped: no corpus at " + corpus.toAbsolutePath()
          + " (it lives in ../shared/corpus)");
    }

    LintResult result = new Linter(Linter.defaultRegistry())
        .lint(LintRequest.builder(corpus).path(Path.of(".")).build());

    assertThat(result.notifications()).as("tool notifications").isEmpty();
    assertThat(result.filesLinted()).as("state machines and templates found in the corpus")
        .isGreaterThan(250);
    List<String> schemas;
    try (Stream<Path> files = Files.walk(corpus)) {
      schemas = files.filter(p -> p.toString().endsWith(".graphql") || p.toString().endsWith(".gql"))
          .map(p -> corpus.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
    assertThat(schemas).as("GraphQL schemas in the corpus").hasSizeGreaterThanOrEqualTo(140);
    assertThat(result.lintedPaths()).as("every GraphQL schema of the corpus is linted")
        .containsAll(schemas);
    List<Finding> errors = result.findings().stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .filter(f -> KNOWN_DEFECTS.entrySet().stream().noneMatch(
            known -> f.path().endsWith(known.getKey()) && f.ruleId().equals(known.getValue())))
        .toList();
    assertThat(errors).as("error-level findings on deployed definitions")
        .extracting(f -> f.path() + ":" + f.range().start() + " " + f.ruleId() + " " + f.message())
        .isEmpty();
    for (Map.Entry<String, String> known : KNOWN_DEFECTS.entrySet()) {
      assertThat(result.findings()).as("the known defect in %s", known.getKey())
          .anyMatch(f -> f.path().endsWith(known.getKey()) && f.ruleId().equals(known.getValue()));
    }
  }
}
