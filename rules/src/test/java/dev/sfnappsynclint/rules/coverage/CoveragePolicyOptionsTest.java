package dev.sfnappsynclint.rules.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfnappsynclint.config.Configuration;
import dev.sfnappsynclint.config.ConfigurationException;
import dev.sfnappsynclint.config.ConfigurationLoader;
import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.lint.Linter;
import dev.sfnappsynclint.rule.RuleMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy rules ASL030–ASL032 are off by default and read their options from the
 * configuration: a fixture carries no configuration, so these tests write one.
 */
class CoveragePolicyOptionsTest {

  private static final Linter LINTER = new Linter(Linter.defaultRegistry());

  @TempDir
  Path work;

  /** Tasks of every resource kind, none with a Catch or a timeout. */
  private static final String RESOURCES = """
      {
        "StartAt": "Lambda integration",
        "States": {
          "Lambda integration": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Lambda callback" },
          "Lambda callback": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken", "HeartbeatSeconds": 60, "Next": "Lambda function" },
          "Lambda function": { "Type": "Task", "Resource": "arn:aws:lambda:eu-west-1:123456789012:function:charge:live", "Next": "Glue job" },
          "Glue job": { "Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun.sync", "Next": "Glue in China" },
          "Glue in China": { "Type": "Task", "Resource": "arn:aws-cn:states:::glue:startJobRun", "Next": "SNS publish" },
          "SNS publish": { "Type": "Task", "Resource": "arn:aws:states:::sns:publish", "Next": "SNS publish batch" },
          "SNS publish batch": { "Type": "Task", "Resource": "arn:aws:states:::sns:publishBatch", "Next": "S3 SDK" },
          "S3 SDK": { "Type": "Task", "Resource": "arn:aws:states:::aws-sdk:s3:getObject", "Next": "Packing" },
          "Packing": { "Type": "Task", "Resource": "arn:aws:states:eu-west-1:123456789012:activity:packing", "HeartbeatSeconds": 60, "Next": "Fan out" },
          "Fan out": {
            "Type": "Parallel",
            "Branches": [
              {
                "StartAt": "DynamoDB in a branch",
                "States": {
                  "DynamoDB in a branch": { "Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem", "End": true }
                }
              }
            ],
            "Catch": [ { "ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Done" } ],
            "Next": "Each"
          },
          "Each": {
            "Type": "Map",
            "ItemProcessor": {
              "StartAt": "Lambda in an iteration",
              "States": {
                "Lambda in an iteration": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true }
              }
            },
            "Next": "Done"
          },
          "Done": { "Type": "Succeed" }
        }
      }
      """;

  private List<String> lint(String configuration, String file, String content) throws Exception {
    Files.writeString(work.resolve(".sfn-appsync-lint.yml"), configuration);
    Files.writeString(work.resolve(file), content);
    Configuration loaded = new ConfigurationLoader(LINTER.registry()).loadNearest(work);
    return LINTER.lint(loaded.applyTo(LintRequest.builder(work)).path(Path.of(file)).build())
        .findings().stream()
        .filter(f -> Set.of("ASL030", "ASL031", "ASL032").contains(f.ruleId()))
        .sorted(Finding.ORDER)
        .map(f -> f.ruleId() + " " + f.severity().label() + " " + stateOf(f.message()))
        .toList();
  }

  /** The first quoted name in a message: the state it is about. */
  private static String stateOf(String message) {
    int open = message.indexOf('"');
    return message.substring(open + 1, message.indexOf('"', open + 1));
  }

  @Test
  void offByDefaultAndInNoPreset() throws Exception {
    assertThat(lint("include: ['**/*.json']\n", "m.asl.json", RESOURCES)).isEmpty();
    for (String id : List.of("ASL030", "ASL031", "ASL032")) {
      RuleMetadata rule = LINTER.registry().metadata().stream()
          .filter(r -> r.id().equals(id)).findFirst().orElseThrow();
      assertThat(rule.enabledByDefault()).as(id).isFalse();
      // No standard requires them: AWS Control Tower's Step Functions controls are about
      // logging and X-Ray tracing.
      assertThat(rule.presets()).as(id).isEmpty();
    }
  }

  @Test
  void stateWithoutCatchCoversEveryTaskParallelAndMapByDefault() throws Exception {
    assertThat(lint("rules:\n  StateWithoutCatch: on\n", "m.asl.json", RESOURCES))
        .containsExactly(
            "ASL030 warning Lambda integration", "ASL030 warning Lambda callback",
            "ASL030 warning Lambda function", "ASL030 warning Glue job",
            "ASL030 warning Glue in China", "ASL030 warning SNS publish",
            "ASL030 warning SNS publish batch", "ASL030 warning S3 SDK",
            "ASL030 warning Packing", "ASL030 warning DynamoDB in a branch",
            "ASL030 warning Each", "ASL030 warning Lambda in an iteration");
  }

  @Test
  void stateWithoutCatchMatchesResourcePatterns() throws Exception {
    // Integration names match as a whole, with or without the suffix; lambda:invoke also
    // matches function ARNs. ARN prefixes ignore the partition.
    assertThat(lint("""
        rules:
          ASL030:
            severity: error
            options:
              resourcePatterns: ["lambda:invoke", "arn:aws:states:::glue:*", "sns:publish"]
              includeParallelAndMap: false
        """, "m.asl.json", RESOURCES)).containsExactly(
            "ASL030 error Lambda integration", "ASL030 error Lambda callback",
            "ASL030 error Lambda function", "ASL030 error Glue job",
            "ASL030 error Glue in China", "ASL030 error SNS publish",
            "ASL030 error Lambda in an iteration");
    assertThat(lint("""
        rules:
          ASL030:
            options:
              resourcePatterns: ["aws-sdk:s3:*", "activity:pack*", "lambda:invoke.waitForTaskToken",
                                 "arn:aws:lambda:*:function:charge"]
              includeParallelAndMap: false
        """, "m.asl.json", RESOURCES)).containsExactly(
            "ASL030 warning Lambda callback", "ASL030 warning Lambda function",
            "ASL030 warning S3 SDK", "ASL030 warning Packing");
    // A prefix without the wildcard; the integration name "glue" alone is no whole name.
    assertThat(lint("""
        rules:
          ASL030:
            options:
              resourcePatterns: ["arn:aws:states:::glue:", "glue", "dynamodb:*"]
              includeParallelAndMap: false
        """, "m.asl.json", RESOURCES)).containsExactly(
            "ASL030 warning Glue job", "ASL030 warning Glue in China",
            "ASL030 warning DynamoDB in a branch");
  }

  @Test
  void stateWithoutCatchCanAcceptAnEnclosingCatch() throws Exception {
    assertThat(lint("""
        rules:
          ASL030:
            options:
              resourcePatterns: ["dynamodb:*", "lambda:invoke"]
              acceptEnclosingCatch: true
        """, "m.asl.json", RESOURCES))
        .contains("ASL030 warning Lambda in an iteration", "ASL030 warning Each")
        .doesNotContain("ASL030 warning DynamoDB in a branch", "ASL030 warning Fan out");
  }

  @Test
  void placeholdersMatchWhatTheTemplateSubstitutes() throws Exception {
    String template = """
        AWSTemplateFormatVersion: "2010-09-09"
        Transform: AWS::Serverless-2016-10-31
        Parameters:
          Target:
            Type: String
        Resources:
          ChargeFunction:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: charge/
              Handler: app.handler
              Runtime: python3.12
          Flow:
            Type: AWS::Serverless::StateMachine
            Properties:
              DefinitionSubstitutions:
                ChargeFunctionArn: !GetAtt ChargeFunction.Arn
                Unknown: !Ref Target
                Glue: arn:aws:states:::glue:startJobRun.sync
              Definition:
                StartAt: Charge
                States:
                  Charge:
                    Type: Task
                    Resource: ${ChargeFunctionArn}
                    Next: Literal substitution
                  Literal substitution:
                    Type: Task
                    Resource: ${Glue}
                    Next: Unknown resource
                  Unknown resource:
                    Type: Task
                    Resource: ${Unknown}
                    Next: Partition placeholder
                  Partition placeholder:
                    Type: Task
                    Resource: arn:${AWS::Partition}:states:::glue:startJobRun
                    End: true
        """;
    assertThat(lint("""
        rules:
          ASL030:
            options:
              resourcePatterns: ["lambda:invoke", "arn:aws:states:::glue:*"]
          ASL031:
            options:
              resourcePatterns: ["glue:startJobRun.sync"]
        """, "template.yaml", template)).containsExactly(
            "ASL030 warning Charge", "ASL030 warning Literal substitution",
            "ASL031 warning Literal substitution", "ASL030 warning Partition placeholder");
    // With no patterns every Task is covered, whatever its resource.
    assertThat(lint("rules:\n  ASL031: on\n", "template.yaml", template)).containsExactly(
        "ASL031 warning Charge", "ASL031 warning Literal substitution",
        "ASL031 warning Unknown resource", "ASL031 warning Partition placeholder");
  }

  @Test
  void taskWithoutTimeoutMatchesResourcePatterns() throws Exception {
    assertThat(lint("""
        rules:
          TaskWithoutTimeout:
            options:
              resourcePatterns: ["activity:*", "glue:*", "lambda:invoke"]
        """, "m.asl.json", RESOURCES)).containsExactly(
            "ASL031 warning Lambda integration", "ASL031 warning Lambda callback",
            "ASL031 warning Lambda function", "ASL031 warning Glue job",
            "ASL031 warning Glue in China", "ASL031 warning Packing",
            "ASL031 warning Lambda in an iteration");
  }

  /** Worst cases: 7 s (defaults), 350 s (two retriers), 2,046 s. */
  private static final String RETRIES = """
      {
        "StartAt": "Defaults",
        "States": {
          "Defaults": {
            "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Retry": [ { "ErrorEquals": ["States.ALL"] } ],
            "Next": "Two retriers"
          },
          "Two retriers": {
            "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Retry": [
              { "ErrorEquals": ["Lambda.ServiceException"], "IntervalSeconds": 20 },
              { "ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 30 }
            ],
            "Next": "Long"
          },
          "Long": {
            "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Retry": [ { "ErrorEquals": ["States.ALL"], "IntervalSeconds": 2, "MaxAttempts": 10 } ],
            "End": true
          }
        }
      }
      """;

  @Test
  void retryBudgetReadsBudgetSeconds() throws Exception {
    assertThat(lint("rules:\n  RetryBudgetExceeded: on\n", "m.asl.json", RETRIES))
        .containsExactly("ASL032 warning Two retriers", "ASL032 warning Long");
    assertThat(lint("rules:\n  ASL032:\n    options: {budgetSeconds: 600}\n", "m.asl.json",
        RETRIES)).containsExactly("ASL032 warning Long");
    assertThat(lint("rules:\n  ASL032:\n    options: {budgetSeconds: 350}\n", "m.asl.json",
        RETRIES)).containsExactly("ASL032 warning Long");
    assertThat(lint("rules:\n  ASL032:\n    options: {budgetSeconds: 6}\n", "m.asl.json",
        RETRIES)).containsExactly("ASL032 warning Defaults", "ASL032 warning Two retriers",
            "ASL032 warning Long");
    Files.writeString(work.resolve(".sfn-appsync-lint.yml"),
        "rules:\n  ASL032:\n    options:\n      budgetSeconds: 5 minutes\n");
    assertThatThrownBy(() -> new ConfigurationLoader(LINTER.registry()).loadNearest(work))
        .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problem())
            .isEqualTo("rules.ASL032.options.budgetSeconds must be a whole number"));
  }

  @Test
  void retryBudgetMessageGivesTheBoundAndTheLargestRetrier() throws Exception {
    Files.writeString(work.resolve(".sfn-appsync-lint.yml"),
        "rules:\n  ASL032:\n    options: {budgetSeconds: 100}\n");
    Files.writeString(work.resolve("m.asl.json"), RETRIES);
    Configuration loaded = new ConfigurationLoader(LINTER.registry()).loadNearest(work);
    Finding finding = LINTER.lint(loaded.applyTo(LintRequest.builder(work))
            .path(Path.of("m.asl.json")).build())
        .findings().stream().filter(f -> f.ruleId().equals("ASL032"))
        .filter(f -> f.message().contains("\"Two retriers\"")).findFirst().orElseThrow();
    assertThat(finding.message()).isEqualTo("The retriers of \"Two retriers\" can wait up to "
        + "350 s (5 min) in total between attempts, over the budget of 100 s; Retry[1] "
        + "(Lambda.TooManyRequestsException) alone waits up to 210 s (3 min). Lower its "
        + "MaxAttempts, IntervalSeconds or BackoffRate, or set MaxDelaySeconds.");
    assertThat(finding.related()).singleElement().satisfies(related -> {
      assertThat(related.message()).isEqualTo("Retry[1] waits up to 210 s (3 min)");
      assertThat(related.location().range().start().line()).isEqualTo(13);
    });
  }
}
