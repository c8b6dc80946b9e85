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
import java.util.Set;
import java.util.stream.Stream;
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
      // The same file: with QueryLanguage misplaced, its states are JSONPath states, so their
      // Arguments and Output are fields of the other query language.
      "step-functions-workflows-collection/shared-fallback-state-jsonata/statemachine/"
          + "statemachine.asl.json", "ASL064",
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
      "synchronous-job/statemachine/statemachine.asl.json", "ASL010",
      // A Gen 1 model-generation test schema with a field of type "Missing", declared nowhere:
      // the schema is invalid on purpose (the test expects codegen to fail).
      "amplify-e2e-tests/schemas/modelgen/model_gen_schema_with_errors.graphql", "GQL000",
      // A test template, not GraphQL as written: the test replaces the bare placeholder
      // INFERENENCE_CONFIGURATION inside @conversation(...) before parsing.
      "conversation-route-inference-configuration-template.graphql", "GQL000");

  /**
   * Every finding the error-handling rules (ASL020–ASL025) give on the corpus, each reviewed as a
   * true positive: path, rule id, line. Those rules' errors would also fail the test above; their
   * warnings are pinned here, so that a lost true positive and a new, unreviewed finding both
   * fail.
   */
  private static final List<String> REVIEWED_ERROR_HANDLING_FINDINGS = List.of(
      // "States.TaskFailedId" is no error name (the corpus README names it): the four Retriers
      // of each copy never retry anything.
      "step-functions-workflows-collection/chain-of-responsibility/statemachine/atm_dispenser_chained.asl.json:11 ASL023",
      "step-functions-workflows-collection/chain-of-responsibility/statemachine/atm_dispenser_chained.asl.json:26 ASL023",
      "step-functions-workflows-collection/chain-of-responsibility/statemachine/atm_dispenser_chained.asl.json:41 ASL023",
      "step-functions-workflows-collection/chain-of-responsibility/statemachine/atm_dispenser_chained.asl.json:57 ASL023",
      "step-functions-workflows-collection/chain-of-responsibility-cdk/python/statemachine/atm_dispenser_chained.asl.json:11 ASL023",
      "step-functions-workflows-collection/chain-of-responsibility-cdk/python/statemachine/atm_dispenser_chained.asl.json:26 ASL023",
      "step-functions-workflows-collection/chain-of-responsibility-cdk/python/statemachine/atm_dispenser_chained.asl.json:41 ASL023",
      "step-functions-workflows-collection/chain-of-responsibility-cdk/python/statemachine/atm_dispenser_chained.asl.json:57 ASL023",
      "step-functions-workflows-collection/chain-of-responsibility-cdk/typscript/statemachine/atm_dispenser_chained.asl.json:11 ASL023",
      "step-functions-workflows-collection/chain-of-responsibility-cdk/typscript/statemachine/atm_dispenser_chained.asl.json:26 ASL023",
      "step-functions-workflows-collection/chain-of-responsibility-cdk/typscript/statemachine/atm_dispenser_chained.asl.json:41 ASL023",
      "step-functions-workflows-collection/chain-of-responsibility-cdk/typscript/statemachine/atm_dispenser_chained.asl.json:57 ASL023",
      // Fail states that raise States.FauxFailure1/2, States.RanOutOfTime and States.QuorumMet:
      // the prefix is reserved (AWS guide, States Language). Their Catchers match, so ASL023
      // stays quiet about the same names.
      "step-functions-workflows-collection/either-or-parallel-pattern/statemachine/statemachine.asl.json:54 ASL024",
      "step-functions-workflows-collection/either-or-parallel-pattern/statemachine/statemachine.asl.json:105 ASL024",
      "step-functions-workflows-collection/either-or-parallel-pattern/statemachine/statemachine.asl.json:120 ASL024",
      "step-functions-workflows-collection/quorum-with-parallel-pattern/statemachine/statemachine.asl.json:146 ASL024",
      "step-functions-workflows-collection/quorum-with-parallel-pattern/statemachine/statemachine.asl.json:266 ASL024",
      "step-functions-workflows-collection/quorum-with-parallel-pattern/statemachine/statemachine.asl.json:386 ASL024",
      "step-functions-workflows-collection/quorum-with-parallel-pattern/statemachine/statemachine.asl.json:420 ASL024",
      // Retrier 2 repeats three Lambda errors of Retrier 1, which handles them first: its
      // IntervalSeconds 3 and MaxAttempts 10 only ever apply to Lambda.TooManyRequestsException.
      "step-functions-workflows-collection/idempotent-workflow/statemachine/statemachine.asl.json:19 ASL025",
      "step-functions-workflows-collection/idempotent-workflow/statemachine/statemachine.asl.json:20 ASL025",
      "step-functions-workflows-collection/idempotent-workflow/statemachine/statemachine.asl.json:21 ASL025",
      "step-functions-workflows-collection/idempotent-workflow-sam/statemachine/statemachine.asl.json:19 ASL025",
      "step-functions-workflows-collection/idempotent-workflow-sam/statemachine/statemachine.asl.json:20 ASL025",
      "step-functions-workflows-collection/idempotent-workflow-sam/statemachine/statemachine.asl.json:21 ASL025");

  private static final Set<String> ERROR_HANDLING_RULES =
      Set.of("ASL020", "ASL021", "ASL022", "ASL023", "ASL024", "ASL025", "ASL026");

  /** The corpus linted once with the default settings, shared by the tests. */
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
  void deployedDefinitionsLintWithoutCrashesOrFalseErrors() throws java.io.IOException {
    LintResult result = lintCorpus();

    assertThat(result.notifications()).as("tool notifications").isEmpty();
    assertThat(result.filesLinted()).as("state machines and templates found in the corpus")
        .isGreaterThan(250);
    Path corpus = Path.of(System.getProperty("sfnappsynclint.corpus", "../../shared/corpus"));
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

  /**
   * Findings of the workflow-type rules that were checked by hand against the corpus (each is a
   * true positive; none is an error).
   */
  @Test
  void workflowTypeLimitsFindWhatTheCorpusReallyDoes() {
    LintResult result = lintCorpus();
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

  @Test
  void errorHandlingRulesReportExactlyTheReviewedFindings() {
    LintResult result = lintCorpus();

    List<String> reported = result.findings().stream()
        .filter(f -> ERROR_HANDLING_RULES.contains(f.ruleId()))
        .map(f -> f.path().replace('\\', '/') + ":" + f.range().start().line() + " " + f.ruleId())
        .toList();
    assertThat(reported).as("findings of ASL020–ASL026 on the corpus; review a new one before "
        + "adding it to REVIEWED_ERROR_HANDLING_FINDINGS")
        .containsExactlyInAnyOrderElementsOf(REVIEWED_ERROR_HANDLING_FINDINGS);
    assertThat(result.findings().stream().filter(f -> f.ruleId().equals("ASL023")).toList())
        .as("the unknown States.TaskFailedId is reported, as a warning")
        .hasSize(12)
        .allMatch(f -> f.severity() == Severity.WARNING && f.message().contains("TaskFailedId"));
  }

  private static final String COLLECTION = "step-functions-workflows-collection/";

  /**
   * Callbacks that can wait forever (ASL028), checked by hand: each named Task waits for a task
   * token with neither TimeoutSeconds nor HeartbeatSeconds, in a Standard workflow. Next to
   * them, callbacks that are bounded and must stay quiet.
   */
  @Test
  void callbacksWithoutTimeoutAreFoundAndBoundedOnesAreNot() {
    LintResult result = lintCorpus();
    assertThat(findings(result, "ASL028", COLLECTION + "wait-for-callback/statemachine/statemachine.asl.json"))
        .as("an SQS callback whose Catch never fires when the token is lost")
        .anyMatch(m -> m.startsWith("Task \"Start Task And Wait For Callback\" waits (.waitForTaskToken)"));
    assertThat(findings(result, "ASL028", COLLECTION + "human-in-the-loop-tf/statemachines/statemachine.asl.json"))
        .as("a human approval by SNS").anyMatch(m -> m.startsWith("Task \"Notify Approver\""));
    assertThat(findings(result, "ASL028", COLLECTION + "parallel-human-approval/statemachine/StateMachine.asl.json"))
        .as("three approvals in Parallel branches").hasSize(3)
        .anyMatch(m -> m.startsWith("Task \"SNS Publish to Approver 1\""));
    assertThat(findings(result, "ASL028", COLLECTION + "curbside-pickup/statemachine/statemachine.asl.yaml"))
        .as("two of the three callbacks; \"SNS ReadyPickup\" has TimeoutSeconds: 86400")
        .hasSize(2)
        .anyMatch(m -> m.startsWith("Task \"SQS PickItem\""))
        .noneMatch(m -> m.contains("SNS ReadyPickup"));
    // HeartbeatSeconds, TimeoutSeconds, and a resource the template substitutes with !Sub.
    for (String bounded : List.of("webhook-provider/statemachine/statemachine.asl.json",
        "human-in-the-loop/statemachine/statemachine.asl.json",
        "emit-and-wait/statemachine/statemachine.asl.json",
        "calling-async-api-callback/statemachine/workflow_AsyncAPICallbackPattern.asl.json")) {
      assertThat(findings(result, "ASL028", COLLECTION + bounded)).as(bounded).isEmpty();
    }
  }

  /**
   * Catchers without ResultPath (ASL029): the corpus has 37 JSONPath ones, checked by hand, and
   * every handler they reach needs only the error — Fail states, notifications with a fixed
   * message or $.Error/$.Cause, context paths ($$.Execution.Input), Pass states that end —
   * so none is reported. A few of them by name, so that a regression shows which.
   */
  @Test
  void catchersWithoutResultPathWhoseHandlersNeedOnlyTheErrorAreNotReported() {
    LintResult result = lintCorpus();
    assertThat(result.findings()).as("ASL029 findings in the corpus")
        .filteredOn(f -> f.ruleId().equals("ASL029"))
        .extracting(f -> f.path() + ":" + f.range().start() + " " + f.message())
        .isEmpty();
    assertThat(result.lintedPaths()).as("the files those Catchers are in are linted").contains(
        // reads $.Error and $.Cause
        COLLECTION + "execution-error-notification-workflow/statemachine/statemachine.asl.json",
        // reads only $$.Execution and $$.StateMachine, and adds its result with ResultPath
        COLLECTION + "common-error-handling/statemachine/common_error_option2.asl.json",
        // a Pass, then a Task that reads $$.Execution.Id
        COLLECTION + "quorum-with-parallel-pattern/statemachine/statemachine.asl.json",
        // SNS with a fixed message
        COLLECTION + "wait-for-callback/statemachine/statemachine.asl.json");
  }

  /** The policy rules ASL030-ASL032 are off by default: they change nothing here. */
  @Test
  void policyRulesAreOffByDefault() {
    assertThat(lintCorpus().findings()).extracting(f -> f.ruleId())
        .doesNotContain("ASL030", "ASL031", "ASL032");
  }

  private static List<String> findings(LintResult result, String ruleId, String path) {
    assertThat(result.lintedPaths()).as("linted files").contains(path);
    return result.findings().stream()
        .filter(f -> f.ruleId().equals(ruleId) && f.path().equals(path))
        .map(f -> f.message()).toList();
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
