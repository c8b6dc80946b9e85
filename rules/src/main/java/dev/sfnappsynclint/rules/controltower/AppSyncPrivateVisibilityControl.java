package dev.sfnappsynclint.rules.controltower;

import dev.sfnappsynclint.appsync.AppSyncApi;
import dev.sfnappsynclint.rule.AppSyncApiRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.template.Intrinsic;
import dev.sfnappsynclint.tree.Member;
import java.util.Optional;

@LintRule(
    id = "GQL036",
    name = "AppSyncPrivateVisibilityControl",
    severity = Severity.WARNING,
    summary = "CT.APPSYNC.PR.2: an AppSync GraphQL API in a template is not configured with "
        + "private visibility (Visibility: PRIVATE).",
    description = "The AWS Control Tower proactive control CT.APPSYNC.PR.2 requires every "
        + "AppSync GraphQL API to be private, reachable only from a VPC: Visibility PRIVATE. "
        + "Visibility defaults to GLOBAL, and cannot be changed once the API exists.",
    tags = {"policy", "security", "appsync"},
    precision = Precision.VERY_HIGH,
    enabledByDefault = false,
    presets = "aws-control-tower",
    awsDocs = {
        "https://docs.aws.amazon.com/controltower/latest/controlreference/appsync-rules.html#ct-appsync-pr-2-description",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-appsync-graphqlapi.html"
    },
    help = """
        ## What it finds
        An `AWS::AppSync::GraphQLApi` without `Visibility: PRIVATE` (a `serverless.yml`
        `appSync` without `visibility: PRIVATE`). A value the linter cannot
        evaluate is left alone. A policy rule: off by default, on with
        `presets: [aws-control-tower]` or `rules: {GQL036: on}`.

        ## Why it matters
        "[CT.APPSYNC.PR.2] Require an AWS AppSync GraphQL API to be configured with private
        visibility" (AWS Control Tower, *AWS AppSync controls*). Where the control is enabled, a
        template that breaks it fails to deploy; and the visibility of an existing API cannot be
        changed, only the API replaced.

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
        ```yaml
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          OrdersApi:
            Type: AWS::AppSync::GraphQLApi
            Properties:
              Name: orders
              AuthenticationType: AWS_IAM
              Visibility: PRIVATE
        ```
        """)
public final class AppSyncPrivateVisibilityControl implements AppSyncApiRule {

  @Override
  public void check(AppSyncApi api, Findings findings) {
    if (api.kind() == AppSyncApi.Kind.SAM) {
      return; // SAM's GraphQLApi has no Visibility to set.
    }
    Optional<Member> visibility = api.visibility();
    if (visibility.isEmpty()) {
      findings.report(api.idNode(), "%s has no %s, so it is GLOBAL: CT.APPSYNC.PR.2 "
          + "requires PRIVATE.", api.describe(), api.kind().visibility());
    } else if (Intrinsic.of(visibility.get().value()).isEmpty()) {
      Optional<String> value = visibility.get().value().asString();
      if (value.isPresent() && !value.get().equalsIgnoreCase("PRIVATE")) {
        findings.report(visibility.get().key(), "%s has %s %s: CT.APPSYNC.PR.2 requires "
            + "PRIVATE.", api.describe(), api.kind().visibility(), value.get());
      }
    }
  }
}
