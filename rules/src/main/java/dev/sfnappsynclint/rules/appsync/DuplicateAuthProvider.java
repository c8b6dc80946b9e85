package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncApi;
import dev.sfnappsynclint.appsync.AuthMode;
import dev.sfnappsynclint.rule.AppSyncApiRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import java.util.List;

@LintRule(
    id = "GQL030",
    name = "DuplicateAuthProvider",
    severity = Severity.ERROR,
    summary = "API_KEY, AWS_IAM or AWS_LAMBDA is both the API's default authentication type and "
        + "an additional one, or an additional one twice: AppSync rejects the configuration.",
    description = "An AppSync API has at most one API key provider, one IAM provider and one "
        + "Lambda authorizer. AWS documents that API_KEY, AWS_LAMBDA and AWS_IAM cannot be "
        + "specified again as an additional mode when they are the default, nor repeated among "
        + "the additional modes, so the API cannot be created or updated. Several Cognito user "
        + "pools or OIDC providers are allowed, and are not reported.",
    tags = {"correctness", "appsync", "auth", "template"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-appsync-graphqlapi-additionalauthenticationprovider.html"
    },
    help = """
        ## What it finds
        An `AWS::AppSync::GraphQLApi` whose `AuthenticationType` is `API_KEY`, `AWS_IAM` or
        `AWS_LAMBDA` and whose `AdditionalAuthenticationProviders` list the same type again, or
        list one of them twice; the same in an `AWS::Serverless::GraphQLApi`'s `Auth` (`Type`,
        `Additional`). Two Lambda authorizers are always one of these cases.

        ## Why it matters
        "When you specify API_KEY, AWS_LAMBDA, or AWS_IAM as the main or default authorization
        type, you can't specify them again as one of the additional authorization modes.
        Similarly, you can't duplicate API_KEY, AWS_LAMBDA or AWS_IAM inside the additional
        authorization modes" (AWS AppSync Developer Guide, *Configuring authorization and
        authentication*). The stack fails to create or update the API.

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
                - AuthenticationType: AWS_IAM
        ```

        ## Fix
        List each of these types once; an IAM default already admits IAM-signed callers.

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
        """)
public final class DuplicateAuthProvider implements AppSyncApiRule {

  private static final List<AuthMode> SINGLE = List.of(AuthMode.API_KEY, AuthMode.AWS_IAM,
      AuthMode.AWS_LAMBDA);

  @Override
  public void check(AppSyncApi api, Findings findings) {
    for (AuthMode mode : SINGLE) {
      List<AppSyncApi.AuthProvider> providers = api.providers(mode);
      if (providers.size() < 2) {
        continue;
      }
      AppSyncApi.AuthProvider first = providers.get(0);
      String lambda = mode == AuthMode.AWS_LAMBDA ? " (an API has one Lambda authorizer)" : "";
      for (AppSyncApi.AuthProvider again : providers.subList(1, providers.size())) {
        findings.report(again.at(), "%s of %s is %s: AppSync allows %s once%s, and rejects "
                + "an API that lists it again. Remove this provider.",
            first.isDefault() ? "The default authentication type" : "An additional provider",
            api.describe(), first.isDefault() ? "already " + mode + ", listed again here as an "
                + "additional provider" : mode + ", listed twice", mode, lambda)
            .related(first.at(), "the first " + mode);
      }
    }
  }
}
