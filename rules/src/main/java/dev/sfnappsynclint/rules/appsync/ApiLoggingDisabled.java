package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncApi;
import dev.sfnappsynclint.rule.AppSyncApiRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;

@LintRule(
    id = "GQL032",
    name = "ApiLoggingDisabled",
    severity = Severity.NOTE,
    summary = "An AppSync API has no LogConfig, or a FieldLogLevel of NONE: resolver errors "
        + "leave no trace in CloudWatch Logs.",
    description = "Without LogConfig AppSync writes nothing to CloudWatch Logs; with "
        + "FieldLogLevel NONE it writes no field-level logs, so a resolver that fails or "
        + "returns Unauthorized cannot be traced afterwards. FieldLogLevel ERROR logs only "
        + "failing fields and costs little.",
    tags = {"observability", "appsync", "template"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/appsync/latest/devguide/monitoring.html",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-appsync-graphqlapi-logconfig.html"
    },
    help = """
        ## What it finds
        An `AWS::AppSync::GraphQLApi` without `LogConfig`, or whose `LogConfig` has
        `FieldLogLevel: NONE` (or none at all); an `AWS::Serverless::GraphQLApi` with
        `Logging: false` or `FieldLogLevel: NONE`; a `serverless.yml` `appSync` without
        `logging`, with `enabled: false` or `level: NONE`. Values the linter cannot evaluate
        are left alone.

        ## Why it matters
        When a query fails in production, field-level logs are where the resolver's error, its
        request and its response are. Without them there is nothing to look at.

        ## Example
        ```yaml
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          OrdersApi:
            Type: AWS::AppSync::GraphQLApi
            Properties:
              Name: orders
              AuthenticationType: AWS_IAM
        ```

        ## Fix
        Log at least the errors, with a role AppSync can write CloudWatch Logs with.

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
public final class ApiLoggingDisabled implements AppSyncApiRule {

  @Override
  public void check(AppSyncApi api, Findings findings) {
    AppSyncApi.Logging logging = api.logging();
    switch (logging.status()) {
      case ABSENT -> {
        Node at = logging.property().map(Member::key).map(Node.class::cast).orElse(api.idNode());
        findings.report(at, "%s does not log to CloudWatch Logs (%s): resolver errors leave "
                + "no trace. Log with %s ERROR or ALL.", api.describe(),
            logging.property().isPresent() ? logging.property().get().name() + " is off"
              : "no " + api.kind().logConfig(), api.kind().fieldLogLevel());
      }
      case NO_FIELD_LOGS -> {
        Node at = logging.level().map(Member::key).map(Node.class::cast)
            .orElse(logging.property().orElseThrow().key());
        findings.report(at, "%s writes no field-level logs (%s %s): resolver errors "
                + "leave no trace. Set %s to ERROR or ALL.", api.describe(),
            api.kind().fieldLogLevel(), logging.level().isPresent() ? "NONE"
                : "not set, so NONE", api.kind().fieldLogLevel());
      }
      default -> {
      }
    }
  }
}
