package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncApi;
import dev.sfnappsynclint.rule.AppSyncApiRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.Member;
import java.util.Optional;

@LintRule(
    id = "GQL034",
    name = "IntrospectionEnabled",
    severity = Severity.NOTE,
    summary = "An AppSync API leaves introspection enabled: anyone who may query it can read "
        + "its whole schema.",
    description = "IntrospectionConfig defaults to ENABLED, so __schema and __type queries "
        + "return every type and field, including those a caller cannot read. Public APIs often "
        + "turn it off in production. Off by default: many APIs want introspection (tooling, "
        + "code generation).",
    tags = {"security", "appsync", "template"},
    precision = Precision.HIGH,
    enabledByDefault = false,
    awsDocs = {
        "https://docs.aws.amazon.com/appsync/latest/devguide/configuring-introspection.html",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-appsync-graphqlapi.html"
    },
    help = """
        ## What it finds
        An `AWS::AppSync::GraphQLApi` without `IntrospectionConfig: DISABLED`, or a
        `serverless.yml` `appSync` without `introspection: false`. Off by default;
        on with `rules: {GQL034: on}`.

        ## Why it matters
        Introspection tells an attacker every query, mutation and argument the API has.
        Disabling it does not secure anything by itself, but it stops giving the map away.

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
              IntrospectionConfig: DISABLED
        ```
        """)
public final class IntrospectionEnabled implements AppSyncApiRule {

  @Override
  public void check(AppSyncApi api, Findings findings) {
    if (!api.introspectionEnabled().orElse(false)) {
      return;
    }
    Optional<Member> config = api.introspection();
    if (config.isEmpty()) {
      findings.report(api.idNode(), "%s leaves introspection enabled (%s defaults to %s): "
          + "anyone who may query it can read its whole schema.", api.describe(),
          api.kind().introspection(), api.kind() == AppSyncApi.Kind.SERVERLESS ? "true"
              : "ENABLED");
    } else {
      findings.report(config.get().key(), "%s enables introspection: anyone who may query it "
          + "can read its whole schema.", api.describe());
    }
  }
}
