package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.StringValue;
import graphql.language.Value;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@LintRule(
    id = "GQL012",
    name = "InvalidCognitoGroups",
    severity = Severity.WARNING,
    summary = "cognito_groups is empty, names a group twice, or names a blank group.",
    description = "cognito_groups on @aws_cognito_user_pools or @aws_auth restricts a type or "
        + "field to the users of those Cognito groups. An empty list states no group at all — "
        + "either every user of the pool was meant (leave the argument out) or the groups were "
        + "forgotten; a group listed twice is usually a typo for another group; a blank name "
        + "matches no group.",
    tags = {"correctness", "appsync", "auth"},
    precision = Precision.HIGH,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html",
    help = """
        ## What it finds
        `@aws_cognito_user_pools(cognito_groups: [])`, a group named twice in the list, or a
        group name that is empty or only spaces.

        ## Why it matters
        The list is the access rule for Cognito users. An empty list leaves it unclear whether
        every user or no user is meant, and a repeated name often hides the group that was
        meant (`["admin", "admin"]` for `["admin", "editor"]`).

        ## Example
        ```graphql
        type Query {
          report(id: ID!): Report @aws_cognito_user_pools(cognito_groups: ["admin", "admin"])
          audit: String @aws_cognito_user_pools(cognito_groups: [])
        }

        type Report @aws_cognito_user_pools {
          id: ID!
        }
        ```

        ## Fix
        ```graphql
        type Query {
          report(id: ID!): Report @aws_cognito_user_pools(cognito_groups: ["admin", "editor"])
          audit: String @aws_cognito_user_pools(cognito_groups: ["auditor"])
        }

        type Report @aws_cognito_user_pools {
          id: ID!
        }
        ```
        """)
public final class InvalidCognitoGroups implements AppSyncRule {

  private static final Set<String> COGNITO = Set.of("aws_cognito_user_pools", "aws_auth");

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    DirectiveSites.forEach(schema, (directives, coordinate) ->
        check(schema, directives, coordinate, findings));
  }

  private static void check(AppSyncSchema schema, List<Directive> directives, String coordinate,
      Findings findings) {
    for (Directive directive : directives) {
      if (!COGNITO.contains(directive.getName())) {
        continue;
      }
      Argument argument = directive.getArgument("cognito_groups");
      if (argument == null) {
        continue;
      }
      Value<?> value = argument.getValue();
      List<Value> elements = value instanceof ArrayValue array ? array.getValues()
          : List.of(value);
      String where = "@" + directive.getName() + " on " + coordinate;
      if (elements.isEmpty()) {
        findings.report(schema.locateDirective(directive.getSourceLocation(),
            directive.getName(), coordinate), "%s has an empty cognito_groups list: leave the "
                + "argument out to admit every user of the pool, or name the groups.", where);
        continue;
      }
      Set<String> seen = new HashSet<>();
      Set<String> repeated = new LinkedHashSet<>();
      for (Value<?> element : elements) {
        if (!(element instanceof StringValue string)) {
          continue;
        }
        if (string.getValue().isBlank()) {
          findings.report(schema.locateDirective(directive.getSourceLocation(),
              directive.getName(), coordinate), "%s names a blank Cognito group (\"%s\"), "
                  + "which no user belongs to.", where, string.getValue());
        } else if (!seen.add(string.getValue())) {
          repeated.add(string.getValue());
        }
      }
      for (String group : repeated) {
        findings.report(schema.locateDirective(directive.getSourceLocation(),
            directive.getName(), coordinate), "%s lists the Cognito group \"%s\" more than "
                + "once: was another group meant?", where, group);
      }
    }
  }
}
