package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncPrelude;
import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.AuthDirectives;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.source.Location;
import dev.sfnappsynclint.source.Position;
import dev.sfnappsynclint.source.TextEdit;
import dev.sfnappsynclint.source.TextRange;
import graphql.language.Directive;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.SourceLocation;
import graphql.language.TypeDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@LintRule(
    id = "GQL008",
    name = "MisspelledAuthDirective",
    severity = Severity.ERROR,
    summary = "A directive that is not declared looks like a misspelled AppSync directive "
        + "(@aws_cognito_user_pool for @aws_cognito_user_pools).",
    description = "AppSync (and the Amplify CLI) reject a schema that uses a directive nobody "
        + "declares. A misspelled auth directive also means the field does not get the mode the "
        + "author meant. The finding names the directive meant and offers the fix. Only names "
        + "that start with aws are taken for AppSync's, so custom directives are never "
        + "reported.",
    tags = {"correctness", "appsync", "auth"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html",
        "https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-data.html"
    },
    help = """
        ## What it finds
        A directive on a type or field that neither the schema nor AppSync declares, whose
        name starts with `aws` and is close to one of AppSync's: `@aws_api_key`, `@aws_iam`,
        `@aws_oidc`, `@aws_lambda`, `@aws_cognito_user_pools`, `@aws_auth`, `@aws_subscribe`,
        `@aws_publish` — a letter off, a missing `s`, another case or separator
        (`@aws_cognito_user_pool`, `@aws_apikey`, `@AWS_IAM`, `@aws-iam`).

        ## Why it matters
        AppSync rejects the schema, so the deployment fails; were it accepted, the field would
        not admit the mode meant.

        ## Example
        ```graphql
        type Query {
          profile: Profile @aws_cognito_user_pool
        }

        type Profile {
          id: ID!
          name: String
        }
        ```

        ## Fix
        Write the directive's name:
        ```graphql
        type Query {
          profile: Profile @aws_cognito_user_pools
        }

        type Profile {
          id: ID!
          name: String
        }
        ```
        """)
public final class MisspelledAuthDirective implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    for (TypeDefinition<?> type : userTypes(schema)) {
      check(schema, type.getDirectives(), type.getName(), findings);
      if (type instanceof ImplementingTypeDefinition<?> implementing) {
        for (FieldDefinition field : implementing.getFieldDefinitions()) {
          check(schema, field.getDirectives(), type.getName() + "." + field.getName(), findings);
        }
      }
    }
  }

  private static List<TypeDefinition<?>> userTypes(AppSyncSchema schema) {
    List<TypeDefinition<?>> types = new ArrayList<>();
    schema.registry().types().values().forEach(types::add);
    schema.registry().objectTypeExtensions().values().forEach(types::addAll);
    schema.registry().interfaceTypeExtensions().values().forEach(types::addAll);
    types.removeIf(t -> t.getSourceLocation() == null
        || AppSyncPrelude.SOURCE_NAME.equals(t.getSourceLocation().getSourceName()));
    return types;
  }

  private static void check(AppSyncSchema schema, List<Directive> directives, String coordinate,
      Findings findings) {
    for (Directive directive : directives) {
      String name = directive.getName();
      if (schema.declaresDirective(name)) {
        continue;
      }
      Optional<String> meant = AuthDirectives.closest(name);
      if (meant.isEmpty()) {
        continue;
      }
      SourceLocation at = directive.getSourceLocation();
      Location location = schema.locateDirective(at, name, coordinate);
      Position start = location.range().start();
      TextRange nameRange = new TextRange(new Position(start.line(), start.column() + 1),
          location.range().end());
      findings.report(location, "@%s on %s is no AppSync directive: did you mean @%s? AppSync "
              + "rejects a schema with an undeclared directive.", name, coordinate, meant.get())
          .fix("Write @" + meant.get(), List.of(new TextEdit(location.path(), nameRange,
              meant.get())));
    }
  }
}
