package dev.sfnappsynclint.rules.controltower;

import dev.sfnappsynclint.asl.MonitoringSettings;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.TemplateContext;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import java.util.Optional;

@LintRule(
    id = "ASL054",
    name = "StateMachineLoggingControl",
    severity = Severity.WARNING,
    summary = "CT.STEPFUNCTIONS.PR.1: a state machine in a template does not log at level ERROR "
        + "or ALL to a CloudWatch Logs log group.",
    description = "The AWS Control Tower proactive control CT.STEPFUNCTIONS.PR.1 requires every "
        + "Step Functions state machine to have logging activated: LoggingConfiguration with "
        + "Level ERROR or ALL and at least one log group in Destinations. Deployments that break "
        + "it fail where the control is on; this rule finds them before.",
    tags = {"policy", "observability"},
    precision = Precision.VERY_HIGH,
    enabledByDefault = false,
    presets = "aws-control-tower",
    awsDocs = {
        "https://docs.aws.amazon.com/controltower/latest/controlreference/stepfunctions-rules.html",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-stepfunctions-statemachine-loggingconfiguration.html"
    },
    help = """
        ## What it finds
        An `AWS::StepFunctions::StateMachine` whose `LoggingConfiguration` — or an
        `AWS::Serverless::StateMachine` whose `Logging` — is missing, has a `Level` other than
        `ERROR` or `ALL`, or has no `Destinations`; whatever the workflow type. Values the linter
        cannot evaluate (`!Ref`, `!If`) are left alone. A policy rule: off by default, on with
        `presets: [aws-control-tower]` or `rules: {ASL054: on}`.

        ## Why it matters
        "[CT.STEPFUNCTIONS.PR.1] Require an AWS Step Functions state machine to have logging
        activated ... In LoggingConfiguration, set Level to ERROR or ALL, and set Destinations to
        a list with one or more valid Amazon CloudWatch Logs log group ARNs" (AWS Control Tower,
        *AWS Step Functions controls*). Where the control is enabled, a template that breaks it
        fails to deploy.

        ## Example
        ```yaml
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Orders:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              RoleArn: arn:aws:iam::123456789012:role/orders
              Definition:
                StartAt: Accept
                States:
                  Accept:
                    Type: Pass
                    End: true
        ```

        ## Fix
        ```yaml
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          OrdersLogs:
            Type: AWS::Logs::LogGroup
          Orders:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              RoleArn: arn:aws:iam::123456789012:role/orders
              LoggingConfiguration:
                Level: ERROR
                Destinations:
                  - CloudWatchLogsLogGroup:
                      LogGroupArn: !GetAtt OrdersLogs.Arn
              Definition:
                StartAt: Accept
                States:
                  Accept:
                    Type: Pass
                    End: true
        ```
        """)
public final class StateMachineLoggingControl implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    Optional<TemplateContext> template = machine.template();
    if (template.isEmpty()) {
      return;
    }
    MonitoringSettings settings = MonitoringSettings.of(template.get());
    MonitoringSettings.Logging logging = settings.logging();
    String name = settings.loggingPropertyName();
    String id = template.get().logicalId();
    switch (logging.status()) {
      case ABSENT -> findings.report(template.get().resource().idNode(), "State machine %s has "
          + "no %s: CT.STEPFUNCTIONS.PR.1 requires logging at level ERROR or ALL to a CloudWatch "
          + "Logs log group.", id, name);
      case LEVEL_TOO_LOW -> {
        Node at = logging.level().map(Member::key).map(Node.class::cast)
            .orElse(logging.property().orElseThrow().key());
        findings.report(at, "%s of state machine %s logs %s: CT.STEPFUNCTIONS.PR.1 requires "
                + "level ERROR or ALL.", name, id, logging.level()
                .flatMap(l -> l.value().asString()).map(level -> "at level " + level)
                .orElse("nothing (Level defaults to OFF)"));
      }
      case NO_DESTINATION -> findings.report(logging.property().orElseThrow().key(), "%s of "
          + "state machine %s has no Destinations: CT.STEPFUNCTIONS.PR.1 requires one or more "
          + "CloudWatch Logs log groups.", name, id);
      default -> {
      }
    }
  }
}
