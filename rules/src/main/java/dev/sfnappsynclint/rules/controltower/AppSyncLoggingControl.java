package dev.sfnappsynclint.rules.controltower;

import dev.sfnappsynclint.appsync.AppSyncApi;
import dev.sfnappsynclint.rule.AppSyncApiRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;

@LintRule(
    id = "GQL035",
    name = "AppSyncLoggingControl",
    severity = Severity.WARNING,
    summary = "CT.APPSYNC.PR.1: an AppSync GraphQL API in a template does not log at field "
        + "level ERROR, INFO, DEBUG or ALL with a CloudWatch Logs role.",
    description = "The AWS Control Tower proactive control CT.APPSYNC.PR.1 requires every "
        + "AppSync GraphQL API to send request-level and field-level logs to CloudWatch Logs: "
        + "LogConfig with FieldLogLevel ERROR, INFO, DEBUG or ALL and a CloudWatchLogsRoleArn. "
        + "Deployments that break it fail where the control is on; this rule finds them before.",
    tags = {"policy", "observability", "appsync"},
    precision = Precision.VERY_HIGH,
    enabledByDefault = false,
    presets = "aws-control-tower",
    awsDocs = {
        "https://docs.aws.amazon.com/controltower/latest/controlreference/appsync-rules.html#ct-appsync-pr-1-description",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-appsync-graphqlapi-logconfig.html"
    },
    help = """
        ## What it finds
        An `AWS::AppSync::GraphQLApi` without `LogConfig`, or whose `LogConfig` has no
        `FieldLogLevel` of `ERROR`, `INFO`, `DEBUG` or `ALL`, or no `CloudWatchLogsRoleArn`; an
        `AWS::Serverless::GraphQLApi` with `Logging: false` or `FieldLogLevel: NONE`. Values the
        linter cannot evaluate are left alone; a `serverless.yml` `appSync` is checked the same
        way (`logging`, `level`; the plugin creates the role). A policy rule: off by default, on with
        `presets: [aws-control-tower]` or `rules: {GQL035: on}`.

        ## Why it matters
        "[CT.APPSYNC.PR.1] Require an AWS AppSync GraphQL API to have logging enabled ... Within
        LogConfig, set FieldLogLevel to ERROR, INFO, DEBUG, or ALL and set CloudWatchLogsRoleArn
        to the ARN of an AWS IAM role configured to allow AWS AppSync to send logs to Amazon
        CloudWatch Logs" (AWS Control Tower, *AWS AppSync controls*). Where the control is
        enabled, a template that breaks it fails to deploy.

        ## Example
        ```yaml
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          OrdersApi:
            Type: AWS::AppSync::GraphQLApi
            Properties:
              Name: orders
              AuthenticationType: AWS_IAM
              LogConfig:
                FieldLogLevel: ERROR
        ```

        ## Fix
        ```yaml
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          OrdersApi:
            Type: AWS::AppSync::GraphQLApi
            Properties:
              Name: orders
              AuthenticationType: AWS_IAM
              LogConfig:
                FieldLogLevel: ERROR
                CloudWatchLogsRoleArn: arn:aws:iam::123456789012:role/appsync-logs
        ```
        """)
public final class AppSyncLoggingControl implements AppSyncApiRule {

  @Override
  public void check(AppSyncApi api, Findings findings) {
    AppSyncApi.Logging logging = api.logging();
    switch (logging.status()) {
      case ABSENT -> findings.report(logging.property().map(Member::key).map(Node.class::cast)
          .orElse(api.idNode()), "%s does not log (%s): CT.APPSYNC.PR.1 requires logging with "
              + "%s ERROR, INFO, DEBUG or ALL to CloudWatch Logs.",
          api.describe(), logging.property().isPresent() ? logging.property().get().name() + " is off"
              : "no " + api.kind().logConfig(), api.kind().fieldLogLevel());
      case NO_FIELD_LOGS -> findings.report(logging.level().map(Member::key)
          .map(Node.class::cast).orElse(logging.property().orElseThrow().key()), "%s has %s: "
              + "CT.APPSYNC.PR.1 requires %s ERROR, INFO, DEBUG or ALL.", api.describe(),
          (logging.level().isPresent() ? "" : "no ") + api.kind().fieldLogLevel()
              + (logging.level().isPresent() ? " NONE" : ""), api.kind().fieldLogLevel());
      case NO_ROLE -> findings.report(logging.property().orElseThrow().key(), "LogConfig of %s "
          + "has no CloudWatchLogsRoleArn: CT.APPSYNC.PR.1 requires a role that lets AppSync "
          + "write to CloudWatch Logs.", api.describe());
      default -> {
      }
    }
  }
}
