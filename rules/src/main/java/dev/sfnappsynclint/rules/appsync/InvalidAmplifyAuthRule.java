package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AmplifyAuthRule;
import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.AuthConfiguration;
import dev.sfnappsynclint.appsync.AuthMode;
import dev.sfnappsynclint.appsync.SchemaProfile;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.rules.naming.SimilarNames;
import graphql.language.Directive;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@LintRule(
    id = "GQL022",
    name = "InvalidAmplifyAuthRule",
    severity = Severity.ERROR,
    summary = "An Amplify @auth rule with an unknown strategy or provider, a provider its "
        + "strategy does not take, or a provider the API does not configure.",
    description = "The Amplify GraphQL Transformer turns each @auth rule into the API's "
        + "directives and resolver checks, and refuses the schema (amplify push, sandbox "
        + "deploys) when a rule's allow is not a strategy, its provider is not one that "
        + "strategy takes (public: apiKey, iam, identityPool; private: userPools, oidc, iam, "
        + "identityPool; owner and groups: userPools, oidc; custom: function), or the provider "
        + "— given or the strategy's default — is not an auth mode of the API (\"@auth "
        + "directive with 'apiKey' provider found, but the project has no API Key "
        + "authentication provider configured\"). The last check needs the API's configuration "
        + "(cli-inputs.json, the configuration file or the flags).",
    tags = {"correctness", "appsync", "amplify", "auth"},
    precision = Precision.HIGH,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html",
    help = """
        ## What it finds
        In an Amplify source schema, an `@auth(rules: [...])` rule whose `allow` is not
        `public`, `private`, `owner`, `groups` or `custom`; whose `provider` is unknown or not
        one its strategy takes; or whose provider (written, or the strategy's default: `apiKey`
        for `public`, `function` for `custom`, else `userPools`) is a mode the API does not
        configure.

        ## Why it matters
        The Amplify CLI stops with an error on such a rule, and nothing is deployed. Amplify's
        guide lists the strategies and providers:
        https://docs.amplify.aws/gen1/javascript/build-a-backend/graphqlapi/customize-authorization-rules/

        ## Example
        ```graphql
        type Todo @model @auth(rules: [{ allow: public, provider: userPools }, { allow: owners }]) {
          id: ID!
          content: String
        }
        ```

        ## Fix
        ```graphql
        type Todo @model @auth(rules: [{ allow: private, provider: userPools }, { allow: owner }]) {
          id: ID!
          content: String
        }
        ```
        """)
public final class InvalidAmplifyAuthRule implements AppSyncRule {

  /** Each strategy's providers, the default first (Amplify GraphQL Transformer v2). */
  private static final Map<String, List<String>> PROVIDERS = Map.of(
      "public", List.of("apiKey", "iam", "identityPool"),
      "private", List.of("userPools", "oidc", "iam", "identityPool"),
      "owner", List.of("userPools", "oidc"),
      "groups", List.of("userPools", "oidc"),
      "custom", List.of("function"));

  private static final Map<String, AuthMode> MODES = Map.of(
      "apiKey", AuthMode.API_KEY, "iam", AuthMode.AWS_IAM, "identityPool", AuthMode.AWS_IAM,
      "userPools", AuthMode.AMAZON_COGNITO_USER_POOLS, "oidc", AuthMode.OPENID_CONNECT,
      "function", AuthMode.AWS_LAMBDA);

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    if (schema.profile() != SchemaProfile.AMPLIFY) {
      return;
    }
    DirectiveSites.forEach(schema, (directives, coordinate) ->
        check(schema, directives, coordinate, findings));
  }

  private static void check(AppSyncSchema schema, List<Directive> directives, String coordinate,
      Findings findings) {
    for (AmplifyAuthRule rule : AmplifyAuthRule.of(directives)) {
      problem(schema, rule).ifPresent(problem -> findings.report(
          schema.locateDirective(rule.directive().getSourceLocation(), "auth", coordinate),
          "@auth on %s: %s", coordinate, problem));
    }
  }

  /** What is wrong with one rule, when something is. */
  private static Optional<String> problem(AppSyncSchema schema, AmplifyAuthRule rule) {
    Optional<String> allow = rule.allow();
    if (allow.isEmpty()) {
      return Optional.empty();
    }
    List<String> providers = PROVIDERS.get(allow.get());
    if (providers == null) {
      return Optional.of("allow: " + allow.get() + " is not an Amplify auth strategy (public, "
          + "private, owner, groups, custom)." + SimilarNames.hint(allow.get(),
              PROVIDERS.keySet()));
    }
    Optional<String> written = rule.provider();
    if (written.isPresent() && !MODES.containsKey(written.get())) {
      return Optional.of("provider: " + written.get() + " is not an Amplify auth provider."
          + SimilarNames.hint(written.get(), MODES.keySet()));
    }
    if (written.isPresent() && !providers.contains(written.get())) {
      return Optional.of("the " + allow.get() + " strategy takes the providers "
          + String.join(", ", providers) + ", not " + written.get() + "; the Amplify CLI "
          + "refuses the rule.");
    }
    String provider = written.orElse(providers.get(0));
    AuthMode mode = MODES.get(provider);
    Optional<AuthConfiguration> configuration = schema.auth();
    if (configuration.isPresent() && !configuration.get().configures(mode)) {
      return Optional.of("{allow: " + allow.get() + "} uses the " + provider + " provider"
          + (written.isEmpty() ? " (the strategy's default)" : "") + ", but the API has no "
          + mode + " mode (" + configuration.get().describe() + "); the Amplify CLI refuses "
          + "the schema. Add the mode to the API or choose a provider it has.");
    }
    return Optional.empty();
  }
}
