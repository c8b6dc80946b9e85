package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.AuthMode;
import dev.sfnappsynclint.appsync.FieldAuth;
import dev.sfnappsynclint.appsync.SchemaObjectType;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import graphql.language.FieldDefinition;
import java.util.Optional;

@LintRule(
    id = "GQL004",
    name = "MutationCallableWithApiKey",
    severity = Severity.WARNING,
    summary = "A mutation admits API_KEY: anyone who has the key, which ships inside every "
        + "client, can write.",
    description = "An API key identifies an application, not a user: it is embedded in the web "
        + "or mobile client, so anyone can extract it and call the API. AWS recommends API keys "
        + "for public, read-mostly data; a mutation callable with one is an anonymous write. "
        + "Reported for each mutation that admits API_KEY through its own directive, its type's "
        + "or, when the API's default mode is API_KEY, the default.",
    tags = {"security", "appsync", "auth"},
    precision = Precision.HIGH,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html",
    help = """
        ## What it finds
        A field of the mutation type that callers with an API key may call: it has
        `@aws_api_key`, or `Mutation` has it and the field has no auth directive of its own, or
        neither has one and the API's default mode is `API_KEY`.

        ## Why it matters
        API keys are meant for unauthenticated, public access (AWS suggests them for public
        APIs and for development). Whoever copies the key from the client can create, change
        and delete data through that mutation, and nothing in the request says who did.

        ## Example
        `.sfn-appsync-lint.yml`:
        ```yaml
        appsync:
          - schema: "schema.graphql"
            defaultAuthentication: AMAZON_COGNITO_USER_POOLS
            additionalAuthentications: [API_KEY]
        ```

        `schema.graphql`:
        ```graphql
        type Query {
          comments(postId: ID!): [Comment] @aws_api_key @aws_cognito_user_pools
        }

        type Mutation {
          addComment(postId: ID!, text: String!): Comment @aws_api_key
        }

        type Comment @aws_api_key @aws_cognito_user_pools {
          id: ID!
          text: String
        }
        ```

        ## Fix
        Let mutations require a mode that identifies the caller (Cognito user pools, OIDC, IAM,
        a Lambda authorizer).

        `.sfn-appsync-lint.yml`:
        ```yaml
        appsync:
          - schema: "schema.graphql"
            defaultAuthentication: AMAZON_COGNITO_USER_POOLS
            additionalAuthentications: [API_KEY]
        ```

        `schema.graphql`:
        ```graphql
        type Query {
          comments(postId: ID!): [Comment] @aws_api_key @aws_cognito_user_pools
        }

        type Mutation {
          addComment(postId: ID!, text: String!): Comment @aws_cognito_user_pools
        }

        type Comment @aws_api_key @aws_cognito_user_pools {
          id: ID!
          text: String
        }
        ```
        """)
public final class MutationCallableWithApiKey implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    if (!AuthText.configures(schema, AuthMode.API_KEY)) {
      return;
    }
    Optional<SchemaObjectType> mutation = schema.mutationType().flatMap(schema::objectType);
    if (mutation.isEmpty()) {
      return;
    }
    for (FieldDefinition field : mutation.get().fields()) {
      String coordinate = mutation.get().coordinate(field);
      Optional<FieldAuth> auth = schema.authAnalysis().field(coordinate);
      if (auth.isEmpty() || auth.get().admits(AuthMode.API_KEY, schema.auth())
          != FieldAuth.Admission.YES) {
        continue;
      }
      String why = switch (auth.get().source()) {
        case FIELD -> "its @aws_api_key directive";
        case TYPE -> "the @aws_api_key directive of " + mutation.get().name();
        case DEFAULT -> "the API's default mode, API_KEY (" + schema.auth().orElseThrow().origin()
            + ")";
        case AMPLIFY -> "Amplify's @auth rules";
      };
      findings.report(schema.location(field, coordinate), "%s can be called with an API key "
          + "(through %s): anyone who has the key, which ships inside every client, can make "
          + "this write, and nothing says who did.", coordinate, why);
    }
  }
}
