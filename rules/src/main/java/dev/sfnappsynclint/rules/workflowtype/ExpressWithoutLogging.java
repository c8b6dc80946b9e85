package dev.sfnappsynclint.rules.workflowtype;

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
    id = "ASL048",
    name = "ExpressWithoutLogging",
    severity = Severity.WARNING,
    summary = "An Express state machine in a template does not log its executions at level "
        + "ERROR or ALL to a destination.",
    description = "Step Functions keeps no execution history for Express workflows: CloudWatch "
        + "Logs are the only record of what an execution did and why it failed. Without a "
        + "LoggingConfiguration (SAM: Logging) at level ERROR or ALL with a log group, a failed "
        + "Express execution leaves no trace.",
    tags = {"reliability", "express", "observability"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/express-at-least-once-execution.html",
        "https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-stepfunctions-statemachine-loggingconfiguration.html"
    },
    help = """
        ## What it finds
        An `AWS::StepFunctions::StateMachine` or `AWS::Serverless::StateMachine` whose workflow
        type is `EXPRESS` (from the template, the configuration or `--workflow-type`; the
        message says which) and whose `LoggingConfiguration` (SAM: `Logging`) is missing, has a
        `Level` other than `ALL` or `ERROR` (the default is `OFF`), or has no `Destinations`.
        Values the linter cannot evaluate (`!Ref`, `!If`) are left alone. A standalone
        definition file has no deployment settings and is not checked.

        ## Why it matters
        "Execution history is not captured by Step Functions" for Express workflows; logging
        must be enabled through Amazon CloudWatch Logs (AWS, *Execution guarantees*, *Choosing
        workflow type*). Without it, a failed Express execution cannot be investigated at all.

        ## Example
        ```yaml
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Ingest:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: EXPRESS
              Definition:
                StartAt: Store
                States:
                  Store:
                    Type: Pass
                    End: true
        ```

        ## Fix
        ```yaml
        Transform: AWS::Serverless-2016-10-31
        Resources:
          IngestLogs:
            Type: AWS::Logs::LogGroup
            Properties:
              LogGroupName: /aws/vendedlogs/states/ingest
          Ingest:
            Type: AWS::Serverless::StateMachine
            Properties:
              Type: EXPRESS
              Logging:
                Level: ERROR
                IncludeExecutionData: false
                Destinations:
                  - CloudWatchLogsLogGroup:
                      LogGroupArn: !GetAtt IngestLogs.Arn
              Definition:
                StartAt: Store
                States:
                  Store:
                    Type: Pass
                    End: true
        ```
        """)
public final class ExpressWithoutLogging implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    Optional<TemplateContext> template = machine.template();
    if (template.isEmpty() || !TypeText.isExpress(machine.rootScope())) {
      return;
    }
    MonitoringSettings settings = MonitoringSettings.of(template.get());
    MonitoringSettings.Logging logging = settings.logging();
    String type = machine.workflowType().describe();
    String name = settings.loggingPropertyName();
    String id = template.get().logicalId();
    switch (logging.status()) {
      case ABSENT -> findings.report(template.get().resource().idNode(), "Express state machine "
          + "%s has no %s (%s): Step Functions keeps no execution history for Express "
          + "workflows, so without logs at level ERROR or ALL a failed execution leaves no "
          + "trace.", id, name, type);
      case LEVEL_TOO_LOW -> {
        Node at = logging.level().map(Member::key).map(Node.class::cast)
            .orElse(logging.property().orElseThrow().key());
        findings.report(at, "%s of Express state machine %s logs %s (%s): Step Functions keeps "
                + "no execution history for Express workflows, and failed executions are only "
                + "recorded at level ERROR or ALL.", name, id,
            logging.level().flatMap(l -> l.value().asString())
                .map(level -> "at level " + level).orElse("nothing (Level defaults to OFF)"),
            type);
      }
      case NO_DESTINATION -> findings.report(logging.property().orElseThrow().key(), "%s of "
          + "Express state machine %s has no Destinations (%s): the logs of its executions, "
          + "the only record Express workflows keep, go nowhere.", name, id, type);
      default -> {
      }
    }
  }
}
