package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.AuthDenial;
import dev.sfnappsynclint.appsync.SchemaObjectType;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import java.util.List;

@LintRule(
    id = "GQL001",
    name = "ReturnTypeDeniesAuthMode",
    severity = Severity.ERROR,
    summary = "A field that callers with some auth mode can reach returns a type none of whose "
        + "fields admits that mode: every such request fails with Unauthorized.",
    description = "AppSync checks the auth mode of a request on every field it resolves, not "
        + "only on the root field. A field admits the modes of its own auth directives, else "
        + "those of its type's, else the API's default mode only. When a caller can call "
        + "Query.listPosts with API_KEY but the Post.author it selects returns User, and no field "
        + "of User admits API_KEY, the data of every such request comes back null with an "
        + "Unauthorized error. The finding names the path, the mode and where the API's auth "
        + "configuration came from.",
    tags = {"correctness", "security", "appsync", "auth"},
    precision = Precision.HIGH,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html",
    help = """
        ## What it finds
        A field that a caller with an auth mode can reach from a root type (`Query`,
        `Mutation`, `Subscription`) — through fields that all admit that mode — whose return
        type (through lists and non-null; every object type of an interface or union) has no
        field that admits the mode. A field admits the modes of its own auth directives
        (`@aws_api_key`, `@aws_iam`, `@aws_oidc`, `@aws_lambda`, `@aws_cognito_user_pools`,
        `@aws_auth`); a field without one, those of its type; a type without one, the API's
        default mode — and only it: once a directive is written, the default mode applies only
        if a directive names it too.

        The API's modes come from the template that deploys the schema, the configuration's
        `appsync` section, or `--appsync-default-auth`; without them only the paths the
        directives show are followed.

        ## Why it matters
        AppSync authorizes every field of a request. A request that reaches the type with that
        mode gets `null` and an `Unauthorized` error ("Not Authorized to access author on type
        Post") for every field it selects, although the field that returns it let the caller
        in — the most reported AppSync authorization failure.

        ## Example
        The API's default mode is Cognito user pools, with API keys as an additional mode.
        `Query.listPosts` and `Post` admit API keys; `User`, which `Post.author` returns, does
        not.

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
          listPosts: [Post] @aws_api_key @aws_cognito_user_pools
        }

        type Post @aws_api_key @aws_cognito_user_pools {
          id: ID!
          title: String
          author: User
        }

        type User @aws_cognito_user_pools {
          id: ID!
          name: String
        }
        ```

        ## Fix
        Admit the mode on the returned type (or on the fields callers with it may read), or
        stop admitting it on the field that returns the type.

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
          listPosts: [Post] @aws_api_key @aws_cognito_user_pools
        }

        type Post @aws_api_key @aws_cognito_user_pools {
          id: ID!
          title: String
          author: User
        }

        type User @aws_api_key @aws_cognito_user_pools {
          id: ID!
          name: String
        }
        ```
        """)
public final class ReturnTypeDeniesAuthMode implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    for (AuthDenial denial : schema.authAnalysis().totalDenials()) {
      List<SchemaObjectType> targets = denial.targets();
      String types = AuthText.list(targets.stream().map(SchemaObjectType::name).toList(), 5);
      String admitted = targets.size() == 1
          ? " (" + targets.get(0).name() + " admits " + AuthText.admittedBy(schema,
              targets.get(0)) + ")" : "";
      String coordinate = denial.owner().coordinate(denial.field());
      Findings.Reported reported = findings.report(
          schema.location(denial.field(), coordinate),
          "%s: a caller with %s reaches %s, but no field of %s admits %s%s, so every selection "
              + "of %s fails with Unauthorized.%s",
          denial.describePath(), denial.mode(), coordinate, types, denial.mode(), admitted,
          denial.field().getName(), AuthText.api(schema));
      for (SchemaObjectType target : targets) {
        reported.related(schema.location(target.definition(), target.name()),
            target.name() + " admits " + AuthText.admittedBy(schema, target));
      }
    }
  }
}
