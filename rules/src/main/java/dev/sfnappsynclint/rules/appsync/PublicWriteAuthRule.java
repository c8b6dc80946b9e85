package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AmplifyAuthRule;
import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.SchemaProfile;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import java.util.List;

@LintRule(
    id = "GQL042",
    name = "PublicWriteAuthRule",
    severity = Severity.WARNING,
    summary = "An Amplify @auth rule { allow: public } that grants create, update or delete "
        + "(or, without operations, everything).",
    description = "allow: public admits every caller of the API key (or of the identity pool's "
        + "unauthenticated role): no user, no owner, no group. A public rule without "
        + "operations grants all of them, so anyone can create, change and delete the records; "
        + "public access is usually meant to be read-only (operations: [read]) with writes "
        + "left to owners, signed-in users or groups.",
    tags = {"security", "appsync", "amplify", "auth"},
    precision = Precision.MEDIUM,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html",
    help = """
        ## What it finds
        In an Amplify source schema, an `@auth` rule with `allow: public` whose `operations`
        include `create`, `update` or `delete`, or that has no `operations` (which means all).

        ## Why it matters
        Anonymous callers can change and delete every record. Amplify's guide shows public
        rules restricted to reads:
        https://docs.amplify.aws/gen1/javascript/build-a-backend/graphqlapi/customize-authorization-rules/

        ## Example
        ```graphql
        type Todo @model @auth(rules: [{ allow: public }]) {
          id: ID!
          content: String
        }
        ```

        ## Fix
        ```graphql
        type Todo @model @auth(rules: [{ allow: public, operations: [read] }, { allow: owner }]) {
          id: ID!
          content: String
        }
        ```
        """)
public final class PublicWriteAuthRule implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    if (schema.profile() != SchemaProfile.AMPLIFY) {
      return;
    }
    DirectiveSites.forEach(schema, (directives, coordinate) -> {
      for (AmplifyAuthRule rule : AmplifyAuthRule.of(directives)) {
        List<String> writes = rule.writes();
        if (rule.isPublic() && !writes.isEmpty()) {
          findings.report(schema.locateDirective(rule.directive().getSourceLocation(), "auth",
              coordinate), "@auth on %s: %s lets anyone with the public credentials %s%s. "
                  + "Restrict it to operations: [read] and leave writes to owners, signed-in "
                  + "users or groups.", coordinate, rule.describe(), String.join(", ", writes),
              rule.operations().isEmpty() ? " (a rule without operations grants all)" : "");
        }
      }
    });
  }
}
