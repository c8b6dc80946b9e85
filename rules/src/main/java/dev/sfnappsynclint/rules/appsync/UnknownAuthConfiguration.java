package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.AuthDirectives;
import dev.sfnappsynclint.appsync.SchemaObjectType;
import dev.sfnappsynclint.appsync.SchemaProfile;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.source.Location;
import graphql.language.FieldDefinition;
import java.util.Optional;

@LintRule(
    id = "GQL009",
    name = "UnknownAuthConfiguration",
    severity = Severity.NOTE,
    summary = "The auth modes of the API a schema belongs to are not known, so the auth rules "
        + "check only what its directives show.",
    description = "Which mode a field without an auth directive admits, and which modes callers "
        + "can use at all, depend on the API's configuration: its default mode and its "
        + "additional modes. Without a template, a serverless.yml or an Amplify project that "
        + "gives them, a matching appsync entry in the configuration, or --appsync-default-auth, "
        + "the auth rules "
        + "follow only the modes the directives name and say nothing about fields that rely on "
        + "the default. Reported once per schema.",
    tags = {"appsync", "auth", "configuration"},
    precision = Precision.VERY_HIGH,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html",
    help = """
        ## What it finds
        An AppSync schema (or an Amplify schema that uses AppSync's auth directives) for which
        the linter knows no auth configuration: no CloudFormation/SAM template in the linted
        folders deploys it with literal modes (`AWS::AppSync::GraphQLSchema` with its
        `GraphQLApi`, or `AWS::Serverless::GraphQLApi`), nor a `serverless.yml` or an Amplify
        project's `cli-inputs.json`; no `appsync` entry of `.sfn-appsync-lint.yml` matches it,
        and `--appsync-default-auth` was not given.

        ## Why it matters
        Fields without a directive admit the API's default mode, whatever it is. Without it,
        the auth rules cannot tell whether such a field is public, which modes reach which
        types, or whether a directive names a mode the API lacks — they check only the paths
        the directives show.

        ## Example
        ```graphql
        type Query {
          me: User
        }

        type User {
          id: ID!
          email: String
        }
        ```

        ## Fix
        Lint the schema with the template that deploys it, or say the API's modes in the
        configuration (or with `--appsync-default-auth`).

        `.sfn-appsync-lint.yml`:
        ```yaml
        appsync:
          - schema: "schema.graphql"
            defaultAuthentication: AMAZON_COGNITO_USER_POOLS
        ```

        `schema.graphql`:
        ```graphql
        type Query {
          me: User
        }

        type User {
          id: ID!
          email: String
        }
        ```
        """)
public final class UnknownAuthConfiguration implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    if (schema.auth().isPresent()
        || (schema.profile() == SchemaProfile.AMPLIFY && !usesAuthDirectives(schema))) {
      return;
    }
    Optional<SchemaObjectType> query = schema.queryType().flatMap(schema::objectType);
    Location at = query.map(q -> schema.location(q.definition(), q.name()))
        .orElseGet(() -> schema.locate(null, ""));
    findings.report(at, "The auth modes of the API serving %s are not known: no template, "
        + "serverless.yml or Amplify project in the linted folders gives them, no appsync entry "
        + "of the configuration matches the schema, and --appsync-default-auth was not given. The auth rules check only the "
        + "modes its directives name; fields without a directive are not checked.",
        schema.name());
  }

  private static boolean usesAuthDirectives(AppSyncSchema schema) {
    for (SchemaObjectType type : schema.objectTypes()) {
      if (type.directives().stream().anyMatch(d -> AuthDirectives.isAuthDirective(d.getName()))) {
        return true;
      }
      for (FieldDefinition field : type.fields()) {
        if (field.getDirectives().stream()
            .anyMatch(d -> AuthDirectives.isAuthDirective(d.getName()))) {
          return true;
        }
      }
    }
    return false;
  }
}
