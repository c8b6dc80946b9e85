package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;

@LintRule(
    id = "GQL041",
    name = "GlobalPublicAuthRule",
    severity = Severity.WARNING,
    summary = "input AMPLIFY { globalAuthRule: AuthRule = { allow: public } }: every model "
        + "without @auth is open to anyone with the API key.",
    description = "New Amplify Gen 1 schemas start with a global authorization rule that makes "
        + "every model without @auth public — readable and writable by anyone holding the API "
        + "key, which ships in the client. Amplify documents it as for getting started only and "
        + "asks to remove it and give each model its own rules before production.",
    tags = {"security", "appsync", "amplify", "auth"},
    precision = Precision.HIGH,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html",
    help = """
        ## What it finds
        `input AMPLIFY` whose `globalAuthRule` defaults to a rule with `allow: public`.

        ## Why it matters
        Every model without `@auth` gets create, read, update and delete for the public — "only
        for getting started", in Amplify's words:
        https://docs.amplify.aws/gen1/javascript/build-a-backend/graphqlapi/customize-authorization-rules/

        ## Example
        ```graphql
        input AMPLIFY { globalAuthRule: AuthRule = { allow: public } }

        type Todo @model {
          id: ID!
          content: String
        }
        ```

        ## Fix
        Remove the global rule and give each model its rules:
        ```graphql
        type Todo @model @auth(rules: [{ allow: owner }]) {
          id: ID!
          content: String
        }
        ```
        """)
public final class GlobalPublicAuthRule implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    GlobalAuthRule.of(schema).filter(global -> global.rule().isPublic()).ifPresent(global ->
        findings.report(schema.location(global.field(), "AMPLIFY.globalAuthRule"),
            "The global auth rule %s makes every @model without @auth public (anyone with the "
                + "API key may create, read, update and delete); Amplify means it for getting "
                + "started only. Remove it and give each model @auth rules.",
            global.rule().describe()));
  }
}
