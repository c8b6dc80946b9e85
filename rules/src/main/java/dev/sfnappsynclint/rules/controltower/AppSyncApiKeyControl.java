package dev.sfnappsynclint.rules.controltower;

import dev.sfnappsynclint.appsync.AppSyncApi;
import dev.sfnappsynclint.appsync.AuthMode;
import dev.sfnappsynclint.rule.AppSyncApiRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;

@LintRule(
    id = "GQL037",
    name = "AppSyncApiKeyControl",
    severity = Severity.WARNING,
    summary = "CT.APPSYNC.PR.3: an AppSync GraphQL API in a template authenticates with API "
        + "keys, as its default or an additional authentication type.",
    description = "The AWS Control Tower proactive control CT.APPSYNC.PR.3 requires that no "
        + "AppSync GraphQL API is authenticated with API keys: neither AuthenticationType nor "
        + "any of AdditionalAuthenticationProviders may be API_KEY.",
    tags = {"policy", "security", "appsync", "auth"},
    precision = Precision.VERY_HIGH,
    enabledByDefault = false,
    presets = "aws-control-tower",
    awsDocs = {
        "https://docs.aws.amazon.com/controltower/latest/controlreference/appsync-rules.html#ct-appsync-pr-3-description",
        "https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html"
    },
    help = """
        ## What it finds
        `API_KEY` as the `AuthenticationType` or in the `AdditionalAuthenticationProviders` of
        an `AWS::AppSync::GraphQLApi`, or in the `Auth` of an `AWS::Serverless::GraphQLApi`. A
        policy rule: off by default, on with `presets: [aws-control-tower]` or
        `rules: {GQL037: on}`.

        ## Why it matters
        "[CT.APPSYNC.PR.3] Require that an AWS AppSync GraphQL API is not authenticated with API
        keys" (AWS Control Tower, *AWS AppSync controls*). An API key is a shared secret shipped
        to clients; where the control is enabled, a template that uses one fails to deploy.

        ## Example
        ```yaml
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          OrdersApi:
            Type: AWS::AppSync::GraphQLApi
            Properties:
              Name: orders
              AuthenticationType: AWS_IAM
              AdditionalAuthenticationProviders:
                - AuthenticationType: API_KEY
        ```

        ## Fix
        Authenticate callers with IAM, Cognito user pools, OIDC or a Lambda authorizer.

        ```yaml
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          OrdersApi:
            Type: AWS::AppSync::GraphQLApi
            Properties:
              Name: orders
              AuthenticationType: AWS_IAM
        ```
        """)
public final class AppSyncApiKeyControl implements AppSyncApiRule {

  @Override
  public void check(AppSyncApi api, Findings findings) {
    for (AppSyncApi.AuthProvider provider : api.providers(AuthMode.API_KEY)) {
      findings.report(provider.at(), "%s authenticates with API keys (%s): CT.APPSYNC.PR.3 "
          + "allows no API_KEY authentication.", api.describe(),
          provider.isDefault() ? "its default type" : "an additional provider");
    }
  }
}
