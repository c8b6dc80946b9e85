package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.SchemaObjectType;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;

@LintRule(
    id = "GQL040",
    name = "ModelWithoutAuth",
    severity = Severity.WARNING,
    summary = "An Amplify @model type without @auth: who may read and write it is left to the "
        + "global rule or the API's default mode.",
    description = "A @model type without its own @auth rules is guarded by whatever the "
        + "project's global rule (input AMPLIFY { globalAuthRule }) says — in new projects "
        + "{ allow: public }, anyone with the API key — or, without one, by the API's default "
        + "authorization mode. Either way the model's create, update and delete mutations are "
        + "open to every caller of that mode. Amplify's guide asks for rules on each model "
        + "before production.",
    tags = {"security", "appsync", "amplify", "auth"},
    precision = Precision.HIGH,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html",
    help = """
        ## What it finds
        In an Amplify source schema, a type with `@model` and no `@auth` directive.

        ## Why it matters
        Without rules of its own the model takes the global authorization rule (the
        getting-started `{ allow: public }`) or the API's default mode, for every operation:
        https://docs.amplify.aws/gen1/javascript/build-a-backend/graphqlapi/customize-authorization-rules/

        ## Example
        ```graphql
        type Todo @model {
          id: ID!
          content: String
        }
        ```

        ## Fix
        Say who may do what:
        ```graphql
        type Todo @model @auth(rules: [{ allow: owner }]) {
          id: ID!
          content: String
        }
        ```
        """)
public final class ModelWithoutAuth implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    boolean global = GlobalAuthRule.of(schema).isPresent();
    for (SchemaObjectType type : AmplifyModels.of(schema)) {
      if (!AmplifyModels.hasAuth(type)) {
        findings.report(schema.locateDirective(type.definition().getSourceLocation(), "model",
            type.name()), "@model type %s has no @auth rules: %s. Add @auth rules saying who "
                + "may create, read, update and delete it.", type.name(), global
                ? "it takes the global rule of input AMPLIFY, meant only for getting started"
                : "access to it is left to the API's default authorization mode");
      }
    }
  }
}
