package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.AuthConfiguration;
import dev.sfnappsynclint.appsync.AuthMode;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import graphql.language.Directive;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@LintRule(
    id = "GQL010",
    name = "AwsAuthOnMultiModeApi",
    severity = Severity.WARNING,
    summary = "@aws_auth on an API with more than one auth mode, or whose default is not Cognito "
        + "user pools: there it is @aws_cognito_user_pools that AppSync documents.",
    description = "@aws_auth is the Cognito user pools directive of APIs whose only mode is "
        + "AMAZON_COGNITO_USER_POOLS. Once an API has additional modes, AppSync's documentation "
        + "uses @aws_cognito_user_pools (with the same cognito_groups argument) to admit Cognito "
        + "users, and reports that @aws_auth does not behave like it there (it does not, for "
        + "example, combine with the directives of nested fields). Without the API's "
        + "configuration, the rule reports @aws_auth in schemas whose other directives name "
        + "another mode.",
    tags = {"correctness", "appsync", "auth"},
    precision = Precision.HIGH,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html",
    help = """
        ## What it finds
        `@aws_auth` on a type or field when the API's configuration has additional modes or a
        default mode other than `AMAZON_COGNITO_USER_POOLS`, or — when the configuration is not
        known — when the schema also uses another mode's directive (`@aws_api_key`,
        `@aws_iam`, `@aws_oidc`, `@aws_lambda`).

        ## Why it matters
        With several modes, AppSync decides per type and field through the mode directives;
        `@aws_cognito_user_pools(cognito_groups: [...])` is the one for Cognito users.
        `@aws_auth` belongs to single-mode Cognito APIs, and mixing it with the multi-mode
        directives gives results that differ from what the schema seems to say.

        ## Example
        ```graphql
        type Query {
          publicPosts: [Post] @aws_api_key
          drafts: [Post] @aws_auth(cognito_groups: ["editors"])
        }

        type Post @aws_api_key @aws_cognito_user_pools {
          id: ID!
          title: String
        }
        ```

        ## Fix
        Use `@aws_cognito_user_pools`, which takes the same groups:
        ```graphql
        type Query {
          publicPosts: [Post] @aws_api_key
          drafts: [Post] @aws_cognito_user_pools(cognito_groups: ["editors"])
        }

        type Post @aws_api_key @aws_cognito_user_pools {
          id: ID!
          title: String
        }
        ```
        """)
public final class AwsAuthOnMultiModeApi implements AppSyncRule {

  private static final String AWS_AUTH = "aws_auth";

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    Optional<String> reason = reason(schema);
    if (reason.isEmpty()) {
      return;
    }
    DirectiveSites.forEach(schema, (directives, coordinate) ->
        report(schema, directives, coordinate, reason.get(), findings));
  }

  /** Why @aws_auth does not fit this API, when it does not. */
  private static Optional<String> reason(AppSyncSchema schema) {
    Optional<AuthConfiguration> configuration = schema.auth();
    if (configuration.isPresent()) {
      AuthConfiguration api = configuration.get();
      if (api.defaultMode() == AuthMode.AMAZON_COGNITO_USER_POOLS
          && api.additionalModes().isEmpty()) {
        return Optional.empty();
      }
      return Optional.of("the API's modes are " + api.describe());
    }
    Set<AuthMode> others = EnumSet.noneOf(AuthMode.class);
    DirectiveSites.forEach(schema, (directives, coordinate) ->
        others.addAll(otherModes(directives)));
    return others.isEmpty() ? Optional.empty() : Optional.of("the schema also admits "
        + AuthText.modes(others) + ", so the API has more than one mode");
  }

  /** The modes other than Cognito user pools that directives name. */
  private static Set<AuthMode> otherModes(List<Directive> directives) {
    Set<AuthMode> modes = EnumSet.noneOf(AuthMode.class);
    for (Directive directive : directives) {
      AuthMode.ofDirective(directive.getName())
          .filter(mode -> mode != AuthMode.AMAZON_COGNITO_USER_POOLS)
          .ifPresent(modes::add);
    }
    return modes;
  }

  private static void report(AppSyncSchema schema, List<Directive> directives, String coordinate,
      String reason, Findings findings) {
    for (Directive directive : directives) {
      if (directive.getName().equals(AWS_AUTH)) {
        findings.report(schema.locateDirective(directive.getSourceLocation(), AWS_AUTH,
            coordinate), "@aws_auth on %s: %s. @aws_auth is for APIs whose only mode is "
                + "AMAZON_COGNITO_USER_POOLS; with several modes use @aws_cognito_user_pools, "
                + "which takes the same cognito_groups.", coordinate, reason);
      }
    }
  }
}
