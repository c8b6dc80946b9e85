package dev.sfnappsynclint.rules.controltower;

import dev.sfnappsynclint.asl.MonitoringSettings;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.TemplateContext;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import java.util.Optional;

@LintRule(
    id = "ASL055",
    name = "StateMachineTracingControl",
    severity = Severity.WARNING,
    summary = "CT.STEPFUNCTIONS.PR.2: a state machine in a template does not have AWS X-Ray "
        + "tracing enabled.",
    description = "The AWS Control Tower proactive control CT.STEPFUNCTIONS.PR.2 requires every "
        + "Step Functions state machine to have AWS X-Ray tracing activated: "
        + "TracingConfiguration with Enabled true. Deployments that break it fail where the "
        + "control is on; this rule finds them before.",
    tags = {"policy", "observability"},
    precision = Precision.VERY_HIGH,
    enabledByDefault = false,
    presets = "aws-control-tower",
    awsDocs = {
        "https://docs.aws.amazon.com/controltower/latest/controlreference/stepfunctions-rules.html",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-stepfunctions-statemachine-tracingconfiguration.html"
    },
    help = """
        ## What it finds
        An `AWS::StepFunctions::StateMachine` whose `TracingConfiguration` — or an
        `AWS::Serverless::StateMachine` whose `Tracing` — is missing or does not set `Enabled`
        to `true`. Values the linter cannot evaluate (`!Ref`, `!If`) are left alone. A policy
        rule: off by default, on with `presets: [aws-control-tower]` or `rules: {ASL055: on}`.

        ## Why it matters
        "[CT.STEPFUNCTIONS.PR.2] Require an AWS Step Functions state machine to have AWS X-Ray
        tracing activated" (AWS Control Tower, *AWS Step Functions controls*). Where the control
        is enabled, a template that breaks it fails to deploy.

        ## Example
        ```yaml
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Orders:
            Type: AWS::Serverless::StateMachine
            Properties:
              Definition:
                StartAt: Accept
                States:
                  Accept:
                    Type: Pass
                    End: true
        ```

        ## Fix
        ```yaml
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Orders:
            Type: AWS::Serverless::StateMachine
            Properties:
              Tracing:
                Enabled: true
              Definition:
                StartAt: Accept
                States:
                  Accept:
                    Type: Pass
                    End: true
        ```
        """)
public final class StateMachineTracingControl implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    Optional<TemplateContext> template = machine.template();
    if (template.isEmpty()) {
      return;
    }
    MonitoringSettings settings = MonitoringSettings.of(template.get());
    MonitoringSettings.Tracing tracing = settings.tracing();
    String name = settings.tracingPropertyName();
    String id = template.get().logicalId();
    switch (tracing.status()) {
      case ABSENT -> findings.report(template.get().resource().idNode(), "State machine %s has "
          + "no %s: CT.STEPFUNCTIONS.PR.2 requires AWS X-Ray tracing (Enabled: true).", id, name);
      case DISABLED -> findings.report(tracing.property().orElseThrow().key(), "%s of state "
          + "machine %s does not set Enabled to true: CT.STEPFUNCTIONS.PR.2 requires AWS X-Ray "
          + "tracing.", name, id);
      default -> {
      }
    }
  }
}
