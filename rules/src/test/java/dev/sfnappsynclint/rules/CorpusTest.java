package dev.sfnappsynclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.finding.LintResult;
import dev.sfnappsynclint.lint.Linter;
import dev.sfnappsynclint.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Lints the shared corpus of real, deployed definitions (../shared/corpus beside the project,
 * when it exists). Deployed means AWS accepted them: the linter must not crash, and every
 * error-level finding must be one of the real defects named here.
 */
class CorpusTest {

  /** Real defects in the corpus, by path suffix and rule id; each is explained. */
  private static final Map<String, String> KNOWN_DEFECTS = Map.of(
      // Not valid JSON: a missing comma (the corpus README names it).
      "sfn-iot-data-analytics-dataset/statemachine/statemachine.asl.json", "ASL000",
      // "QueryLanguage": "JSONata" written inside States, where every entry must be a state object.
      "shared-fallback-state-jsonata/statemachine/statemachine.asl.json", "ASL001",
      // DefinitionUri: statemachines/statemachine.asl.json, but the folder is statemachine/.
      "account-vending-machine/template.yaml", "ASL097",
      // "Description: >" followed by an unindented line: not YAML (PyYAML, SAM CLI's parser,
      // rejects it with the same "could not find expected ':'").
      "event-sourcing/template.yaml", "ASL000",
      // "!GetAZs !Ref AWS::Region": two tags on one node. Not YAML, and the CloudFormation
      // documentation says short forms cannot be nested directly like this.
      "parallelized-embedding-pipeline/template.yaml", "ASL000",
      // "FunctionName": "${ModuloFunctionName}" and "${CallToAPIFunctionName}", but the template
      // has no DefinitionSubstitutions: the Lambda invocations get that literal text as a name.
      "stateless-roundrobin/statemachine/statemachine.asl.json", "ASL010",
      // "${TopicArn}" in the definition, "topicArn" in DefinitionSubstitutions (case matters):
      // SNS receives the literal text as a topic ARN.
      "synchronous-job/statemachine/statemachine.asl.json", "ASL010");

  @Test
  void deployedDefinitionsLintWithoutCrashesOrFalseErrors() {
    Path corpus = corpus();
    LintResult result = new Linter(Linter.defaultRegistry())
        .lint(LintRequest.builder(corpus).path(Path.of(".")).build());

    assertThat(result.notifications()).as("tool notifications").isEmpty();
    assertThat(result.filesLinted()).as("state machines and templates found in the corpus")
        .isGreaterThan(250);
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

  /**
   * Findings of the workflow-type rules that were checked by hand against the corpus (each is a
   * true positive; none is an error).
   */
  @Test
  void workflowTypeLimitsFindWhatTheCorpusReallyDoes() {
    LintResult result = new Linter(Linter.defaultRegistry())
        .lint(LintRequest.builder(corpus()).path(Path.of(".")).build());
    List<String> findings = result.findings().stream()
        .filter(f -> f.ruleId().compareTo("ASL040") >= 0 && f.ruleId().compareTo("ASL055") <= 0)
        .map(f -> f.path().substring(f.path().indexOf('/') + 1) + ":"
            + f.range().start().line() + " " + f.severity().label() + " " + f.ruleId() + " "
            + f.message())
        .toList();
    assertThat(findings).as("errors of the workflow-type rules").noneMatch(f -> f.contains(" error "));
    // An Express workflow with a Retry of 20 attempts doubling from 5 s: ~60 days of backoff.
    assertThat(findings).anyMatch(f -> f.startsWith(
        "resource-configuration-backup-sam/statemachine/statemachine.asl.json:13 warning ASL045 "
            + "An execution of the state machine can run for at least 182 days 1 h")
        && f.contains("(EXPRESS, from Type of StateMachine in step-functions-workflows-collection/"
            + "resource-configuration-backup-sam/template.yaml:17)")
        && f.contains("by the end of \"ListAggregateDiscoveredResources\""));
    // A pagination loop in the same Express workflow.
    assertThat(findings).anyMatch(f -> f.startsWith(
        "resource-configuration-backup-sam/statemachine/statemachine.asl.json:134 note ASL046 "
            + "Loop \"Choice\" → \"ListAggregateDiscoveredResources-Pagination\""));
    // An Express state machine without Logging.
    assertThat(findings).anyMatch(f -> f.startsWith("synchronous-api/template.yaml:13 warning "
        + "ASL048 Express state machine syncronousApiStateMachine has no Logging"));
    // A Standard crawler polling loop without a bound.
    assertThat(findings).anyMatch(f -> f.startsWith(
        "sfn-query-large-datasets-sam/statemachine/statemachine.asl.json:22 warning ASL052 Loop "
            + "\"Check Crawler status\" → \"Wait\" → \"Get Crawler status\" → \"Check Crawler "
            + "status\" has no bound the definition states (STANDARD, the default type)"));
    // An inline Map over every Lambda function of an account, 25 events each.
    assertThat(findings).anyMatch(f -> f.startsWith(
        "step-functions-lambda-version-cleanup/statemachine/statemachine.asl.json:21 warning "
            + "ASL052 Each item of inline Map \"Iterate Functions\" adds about 25 history events"));
    // An Express workflow that puts a DynamoDB item without a condition.
    assertThat(findings).anyMatch(f -> f.startsWith(
        "cqrs/statemachine/statemachine.asl.json:115 note ASL049 Task \"Put Order to DynamoDB\" "
            + "puts a DynamoDB item without a ConditionExpression"));
  }

  private static Path corpus() {
    Path corpus = Path.of(System.getProperty("sfnappsynclint.corpus", "../../shared/corpus"));
    if (!Files.isDirectory(corpus)) {
      // CI always has the corpus beside the clone: its absence there is a broken set-up, not a
      // reason to pass.
      assertThat(System.getenv("CI")).as("CI=true, but there is no corpus at %s",
          corpus.toAbsolutePath()).isNotEqualTo("true");
      Assumptions.abort("Skipped: no corpus at " + corpus.toAbsolutePath()
          + " (it lives in ../shared/corpus)");
    }
    return corpus;
  }
}
