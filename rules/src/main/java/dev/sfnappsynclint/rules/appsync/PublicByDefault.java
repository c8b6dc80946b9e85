package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.AuthConfiguration;
import dev.sfnappsynclint.appsync.AuthMode;
import dev.sfnappsynclint.appsync.FieldAuth;
import dev.sfnappsynclint.appsync.SchemaObjectType;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import graphql.language.FieldDefinition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@LintRule(
    id = "GQL005",
    name = "PublicByDefault",
    severity = Severity.WARNING,
    summary = "The API's default mode is API_KEY and root fields carry no auth directive: "
        + "everything not marked otherwise is public.",
    description = "With API_KEY as the default mode, every type and field without an auth "
        + "directive is open to anyone holding the key, which ships inside the client. New "
        + "queries and mutations are public unless someone remembers a directive. Reported once "
        + "per root type, listing its fields without a directive.",
    tags = {"security", "appsync", "auth"},
    precision = Precision.HIGH,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html",
    help = """
        ## What it finds
        An API whose default mode is `API_KEY` (from its template, the configuration or
        `--appsync-default-auth`), with root fields (of `Query`, `Mutation`, `Subscription`)
        that have no auth directive, on the field or on the root type.

        ## Why it matters
        The default mode decides for everything that names no mode. With API keys as the
        default, the API is public unless each field says otherwise, and a field added
        without a directive is public too. A mode that identifies callers as the default,
        with `@aws_api_key` on what is meant to be public, fails closed instead.

        ## Example
        `.sfn-appsync-lint.yml`:
        ```yaml
        appsync:
          - schema: "schema.graphql"
            defaultAuthentication: API_KEY
            additionalAuthentications: [AMAZON_COGNITO_USER_POOLS]
        ```

        `schema.graphql`:
        ```graphql
        type Query {
          articles: [Article]
          drafts: [Article] @aws_cognito_user_pools
          stats: String
        }

        type Article @aws_api_key @aws_cognito_user_pools {
          id: ID!
          title: String
        }
        ```

        ## Fix
        Make the default a mode that identifies callers, and mark what is public with
        `@aws_api_key`.

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
          articles: [Article] @aws_api_key @aws_cognito_user_pools
          drafts: [Article]
          stats: String
        }

        type Article @aws_api_key @aws_cognito_user_pools {
          id: ID!
          title: String
        }
        ```
        """)
public final class PublicByDefault implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    Optional<AuthConfiguration> configuration = schema.auth();
    if (configuration.isEmpty() || configuration.get().defaultMode() != AuthMode.API_KEY) {
      return;
    }
    Set<String> roots = new LinkedHashSet<>();
    schema.queryType().ifPresent(roots::add);
    schema.mutationType().ifPresent(roots::add);
    schema.subscriptionType().ifPresent(roots::add);
    for (String root : roots) {
      Optional<SchemaObjectType> type = schema.objectType(root);
      if (type.isEmpty()) {
        continue;
      }
      List<String> open = new ArrayList<>();
      for (FieldDefinition field : type.get().fields()) {
        Optional<FieldAuth> auth = schema.authAnalysis().field(type.get().coordinate(field));
        if (auth.isPresent() && auth.get().source() == FieldAuth.Source.DEFAULT) {
          open.add(type.get().coordinate(field));
        }
      }
      if (!open.isEmpty()) {
        findings.report(schema.location(type.get().definition(), root), "API_KEY is the API's "
            + "default mode (%s), and %s %s no auth directive: open to anyone who has the key. "
            + "Make the default a mode that identifies callers and mark public fields with "
            + "@aws_api_key.", configuration.get().origin(), AuthText.list(open, 10),
            open.size() == 1 ? "has" : "have");
      }
    }
  }
}
