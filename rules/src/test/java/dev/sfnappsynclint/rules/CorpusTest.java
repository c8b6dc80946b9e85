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

  private static LintResult corpusResult;

  /** The corpus, linted once for every test here; skips the test when there is no corpus. */
  private static synchronized LintResult lintCorpus() {
    Path corpus = Path.of(System.getProperty("sfnappsynclint.corpus", "../../shared/corpus"));
    if (!Files.isDirectory(corpus)) {
      // CI always has the corpus beside the clone: its absence there is a broken set-up, not a
      // reason to pass.
      assertThat(System.getenv("CI")).as("CI=true, but there is no corpus at %s",
          corpus.toAbsolutePath()).isNotEqualTo("true");
      Assumptions.abort("Skipped: no corpus at " + corpus.toAbsolutePath()
          + " (it lives in ../shared/corpus)");
    }
    if (corpusResult == null) {
      corpusResult = new Linter(Linter.defaultRegistry())
          .lint(LintRequest.builder(corpus).path(Path.of(".")).build());
    }
    return corpusResult;
  }

  @Test
  void deployedDefinitionsLintWithoutCrashesOrFalseErrors() {
    LintResult result = lintCorpus();

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
   * ASL027 on real definitions, checked by hand: these Lambda tasks do not retry all four
   * transient Lambda errors (none at all, or the older console retrier without
   * Lambda.TooManyRequestsException, or a misspelt error name) ...
   */
  private static final List<String> LAMBDA_WITHOUT_TRANSIENT_RETRY = List.of(
      // No Retry; a Task in a Parallel branch.
      "synchronous-api/statemachine/statemachine.asl.json "
          + "/States/ParallelState/Branches/0/States/sumFunction",
      // No Retry; in a Map ItemProcessor, lambda:invoke written as arn:${AWSPartition}:...
      "step-functions-load-testing/statemachine/load-generator-statemachine.asl.json "
          + "/States/RunLoad/ItemProcessor/States/Run Lambda",
      // Retries the three service errors (IntervalSeconds 2, MaxAttempts 6), not throttling.
      "call-http-api/statemachine/statemachine.asl.json /States/Call HTTP API",
      // Resource ${Handler1FunctionArn}, a function per DefinitionSubstitutions; its only
      // retrier names "States.TaskFailedId", which matches nothing.
      "chain-of-responsibility/statemachine/atm_dispenser_chained.asl.json /States/Dispense50",
      // A template's inline Definition: the best-practice retrier, without throttling.
      "saga-pattern-sam/template.yaml /Resources/StateMachine/Properties/Definition/States/"
          + "ReserveFlight",
      // YAML, FunctionName from a substitution, no Retry.
      "bedrock-blog-generator/statemachine/statemachine.asl.yaml /States/Bedrock Text",
      // A CDK DefinitionString (reported, but with no fix: the text is inside a string).
      "scatter-gather/out.yaml /Resources/StateMachine2E01A3A5/Properties/DefinitionString/"
          + "States/Get all quotes/Iterator/States/Get quote");

  /** ... and these retry all four: with the errors named, or States.ALL after the others. */
  private static final List<String> LAMBDA_WITH_TRANSIENT_RETRY = List.of(
      "lookout-for-vision-inference-sam/statemachine/statemachine.asl.json /States/L4V Inference",
      "sfn-dynamodb-batchwriteitem/statemachine/statemachine.asl.json "
          + "/States/Get Items To Process",
      "migrate-csv-to-ddb-distributed-map-main/statemachine/statemachine.asl.json "
          + "/States/Consolidate Migration",
      "saga-pattern-sam/statemachine/statemachine.asl.json /States/RefundPayment");

  @Test
  void lambdaTasksWithoutTransientRetryAreTheOnesCheckedByHand() {
    List<Finding> asl027 = lintCorpus().findings().stream()
        .filter(f -> f.ruleId().equals("ASL027")).toList();
    for (String named : LAMBDA_WITHOUT_TRANSIENT_RETRY) {
      String path = named.substring(0, named.indexOf(' '));
      String pointer = named.substring(named.indexOf(' ') + 1);
      assertThat(asl027).as("ASL027 at %s", named)
          .anyMatch(f -> f.path().endsWith(path) && f.anchor().equals(pointer));
    }
    for (String named : LAMBDA_WITH_TRANSIENT_RETRY) {
      String path = named.substring(0, named.indexOf(' '));
      String pointer = named.substring(named.indexOf(' ') + 1);
      assertThat(asl027).as("no ASL027 at %s", named)
          .noneMatch(f -> f.path().endsWith(path) && f.anchor().equals(pointer));
    }
    assertThat(asl027).as("findings with a fix, except in DefinitionString text")
        .allMatch(f -> f.fix().isPresent() != f.anchor().contains("/DefinitionString/"));
  }
}
