package dev.sfnappsynclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.asl.WorkflowType;
import dev.sfnappsynclint.asl.WorkflowTypeSetting;
import dev.sfnappsynclint.asl.WorkflowTypes;
import dev.sfnappsynclint.config.Configuration;
import dev.sfnappsynclint.config.ConfigurationLoader;
import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.lint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Express/Standard rules with the workflow type from the sources the fixtures cannot show:
 * a configuration glob and the fallback ({@code --workflow-type}); and the rules' options and
 * preset. Fixtures cover the template's {@code Type}/{@code StateMachineType} and Distributed
 * Map {@code ExecutionType}.
 */
class WorkflowTypeRulesTest {

  private static final Set<String> MINE = Set.of("ASL040", "ASL041", "ASL042", "ASL043",
      "ASL044", "ASL045", "ASL046", "ASL047", "ASL048", "ASL049", "ASL050", "ASL051", "ASL052",
      "ASL053", "ASL054", "ASL055");

  /** Waits ten minutes, polls without a bound, and sends a message: a rule of each type fires. */
  private static final String MACHINE = """
      {
        "StartAt": "Pause",
        "States": {
          "Pause": { "Type": "Wait", "Seconds": 600, "Next": "Send" },
          "Send": {
            "Type": "Task",
            "Resource": "arn:aws:states:::sqs:sendMessage",
            "Parameters": { "QueueUrl": "https://sqs.us-east-1.amazonaws.com/1/q", "MessageBody.$": "$" },
            "Next": "Check"
          },
          "Check": {
            "Type": "Task",
            "Resource": "arn:aws:states:::lambda:invoke",
            "Parameters": { "FunctionName": "check" },
            "Next": "Done?"
          },
          "Done?": {
            "Type": "Choice",
            "Choices": [{ "Variable": "$.done", "BooleanEquals": true, "Next": "Finished" }],
            "Default": "Check"
          },
          "Finished": { "Type": "Succeed" }
        }
      }
      """;

  @TempDir
  Path work;

  private void write(String relative, String text) throws IOException {
    Path file = work.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private List<String> lint(LintRequest.Builder request) {
    return new Linter(Linter.defaultRegistry()).lint(request.path(Path.of(".")).build())
        .findings().stream()
        .filter(f -> MINE.contains(f.ruleId()))
        .sorted(Finding.ORDER)
        .map(f -> f.path() + ":" + f.range().start().line() + " " + f.ruleId() + " "
            + f.message())
        .toList();
  }

  private LintRequest.Builder configured() throws Exception {
    Configuration configuration = new ConfigurationLoader(Linter.defaultRegistry())
        .loadNearest(work);
    return configuration.applyTo(LintRequest.builder(work));
  }

  @Test
  void aConfigurationGlobMakesFilesExpressAndTheFindingsSaySo() throws Exception {
    write(".sfn-appsync-lint.yml", """
        workflowTypes:
          - files: "express/**"
            type: express
        """);
    write("express/poll.asl.json", MACHINE);
    write("standard/poll.asl.json", MACHINE);
    List<String> findings = lint(configured());
    assertThat(findings).filteredOn(f -> f.startsWith("express/"))
        .extracting(f -> f.substring(0, f.indexOf(' ', f.indexOf(' ') + 1)))
        .containsExactly("express/poll.asl.json:4 ASL042", "express/poll.asl.json:7 ASL049",
            "express/poll.asl.json:17 ASL046");
    assertThat(findings).filteredOn(f -> f.startsWith("express/"))
        .allSatisfy(f -> assertThat(f).contains("EXPRESS, from .sfn-appsync-lint.yml:2"));
    // The same file elsewhere is Standard by default: only the history rule speaks.
    assertThat(findings).filteredOn(f -> f.startsWith("standard/")).singleElement()
        .satisfies(f -> assertThat(f).startsWith("standard/poll.asl.json:17 ASL052 Loop "
            + "\"Done?\" → \"Check\" → \"Done?\" has no bound the definition states "
            + "(STANDARD, the default type)"));
  }

  @Test
  void theFallbackOfWorkflowTypeAppliesWhereNothingElseSays() throws Exception {
    write("flows/poll.asl.json", MACHINE);
    write("flows/template.yaml", """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Said:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: STANDARD
              Definition:
                StartAt: Pause
                States:
                  Pause: {Type: Wait, Seconds: 600, End: true}
        """);
    LintRequest.Builder request = LintRequest.builder(work).setting(WorkflowTypes.class,
        WorkflowTypes.DEFAULT, t -> t.withFallback(
            new WorkflowTypeSetting(WorkflowType.EXPRESS, "--workflow-type")));
    List<String> findings = lint(request);
    assertThat(findings).filteredOn(f -> f.startsWith("flows/poll.asl.json:4"))
        .singleElement().asString().isEqualTo("flows/poll.asl.json:4 ASL042 Wait \"Pause\" "
            + "waits 600 s (10 min), but an Express execution runs at most 5 minutes and the "
            + "state machine runs as EXPRESS, from --workflow-type: every execution that "
            + "reaches this state fails with States.Timeout.");
    // The template says STANDARD, which wins over the flag.
    assertThat(findings).noneMatch(f -> f.startsWith("flows/template.yaml"));
  }

  @Test
  void anExpressMachineThatWaitsRetriesOrRunsAJobIsReportedAtTheState() throws Exception {
    write("template.yaml", """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Flow:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: EXPRESS
              Logging:
                Level: ERROR
                Destinations:
                  - CloudWatchLogsLogGroup: {LogGroupArn: arn:aws:logs:us-east-1:1:log-group:x}
              Definition:
                StartAt: Run job
                States:
                  Run job:
                    Type: Task
                    Resource: arn:aws:states:::batch:submitJob.sync
                    Parameters: {JobName: j, JobQueue: q, JobDefinition: d}
                    Next: Call
                  Call:
                    Type: Task
                    Resource: arn:aws:states:::lambda:invoke
                    Parameters: {FunctionName: call}
                    TimeoutSeconds: 50
                    Retry:
                      - ErrorEquals: [States.ALL]
                        IntervalSeconds: 20
                        MaxAttempts: 4
                        BackoffRate: 1
                    Next: Pause
                  Pause: {Type: Wait, Seconds: 600, End: true}
        """);
    assertThat(lint(LintRequest.builder(work))).containsExactly(
        "template.yaml:16 ASL040 Task \"Run job\" calls batch:submitJob with .sync (Run a Job), "
            + "but Express workflows support only Request Response integrations, and the state "
            + "machine runs as EXPRESS, from Type of Flow in template.yaml:6. Step Functions "
            + "rejects the definition.",
        // 5 attempts × 50 s + 4 × 20 s = 330 s.
        "template.yaml:19 ASL045 An execution of the state machine can run for at least 15 min "
            + "30 s along its longest path, more than the 5 minutes an execution may run "
            + "(EXPRESS, from Type of Flow in template.yaml:6): one that goes that way fails "
            + "with States.Timeout by the end of \"Call\" (5 min 30 s in). Most of it: Wait "
            + "\"Pause\" waits 10 min; \"Call\" can run 4 min 10 s (TimeoutSeconds 50 × 5 "
            + "attempts); Retry #1 of \"Call\" waits up to 1 min 20 s between attempts.",
        "template.yaml:30 ASL042 Wait \"Pause\" waits 600 s (10 min), but an Express execution "
            + "runs at most 5 minutes and the state machine runs as EXPRESS, from Type of Flow "
            + "in template.yaml:6: every execution that reaches this state fails with "
            + "States.Timeout.");
  }

  @Test
  void optionsAndThePresetSwitchOnWhatIsOffByDefault() throws Exception {
    write("template.yaml", """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Flow:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: EXPRESS
              Definition:
                StartAt: Call
                States:
                  Call:
                    Type: Task
                    Resource: arn:aws:states:::lambda:invoke
                    Parameters: {FunctionName: call}
                    End: true
        """);
    assertThat(lint(LintRequest.builder(work))).extracting(f -> f.split(" ")[1])
        .containsExactly("ASL048");
    write(".sfn-appsync-lint.yml", """
        presets: [aws-control-tower]
        rules:
          ExpressTaskWithoutTimeout: on
          ASL049:
            options:
              includeLambda: true
        """);
    assertThat(lint(configured())).extracting(f -> f.split(" ")[1])
        .containsExactly("ASL048", "ASL054", "ASL055", "ASL047", "ASL049");
  }

  @Test
  void theItemCapacityOptionSetsWhenAnInlineMapIsTooHeavy() throws Exception {
    write("map.asl.json", """
        {"StartAt": "Each", "States": {"Each": {"Type": "Map", "End": true,
          "ItemProcessor": {"StartAt": "A", "States": {
            "A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Pass", "End": true}}}}}}
        """);
    assertThat(lint(LintRequest.builder(work))).isEmpty();
    // 2 + 2 + 2 events an item: room for 4,165 items.
    write(".sfn-appsync-lint.yml", "rules:\n  ASL052:\n    options: {minItemCapacity: 5000}\n");
    assertThat(lint(configured())).singleElement().asString().contains("ASL052 Each item of "
        + "inline Map \"Each\" adds about 6 history events: with more than about 4,165 items");
  }
}
