package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.rules.appsync.SchemaDeclarations.DeclaredField;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.StringValue;
import graphql.language.TypeDefinition;
import java.util.ArrayList;
import java.util.List;

@LintRule(
    id = "GQL055",
    name = "DeprecatedWithoutReason",
    severity = Severity.NOTE,
    summary = "@deprecated without a reason.",
    description = "graphql-schema-linter's deprecations-have-a-reason rule: @deprecated says "
        + "why and what to use instead (reason: \"Use postsByAuthor.\"); without it clients "
        + "see GraphQL's generic \"No longer supported\". Off by default.",
    tags = {"style", "appsync", "hygiene", "documentation"},
    precision = Precision.VERY_HIGH,
    enabledByDefault = false,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/designing-your-schema.html",
    help = """
        ## What it finds
        `@deprecated` with no `reason`, or an empty one, on a field, an argument, an input
        field or an enum value. Off by default; enable it with `rules: {GQL055: on}`.

        ## Why it matters
        Whoever still uses the field learns that it goes away, but not what replaces it.

        ## Example
        ```graphql
        type Query {
          posts: [String] @deprecated
          postsByAuthor(author: String!): [String]
        }
        ```

        ## Fix
        ```graphql
        type Query {
          posts: [String] @deprecated(reason: "Use postsByAuthor.")
          postsByAuthor(author: String!): [String]
        }
        ```
        """)
public final class DeprecatedWithoutReason implements AppSyncRule {

  /** Something that can carry @deprecated, with its coordinate. */
  private record Site(DirectivesContainer<?> node, String coordinate) {}

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    for (Site site : sites(schema)) {
      for (Directive directive : site.node().getDirectives()) {
        if (directive.getName().equals("deprecated") && !hasReason(directive)) {
          findings.report(schema.locateDirective(directive.getSourceLocation(), "deprecated",
              site.coordinate()), "@deprecated on %s gives no reason: say why, and what to "
                  + "use instead.", site.coordinate());
        }
      }
    }
  }

  private static List<Site> sites(AppSyncSchema schema) {
    List<Site> sites = new ArrayList<>();
    for (DeclaredField declared : SchemaDeclarations.fields(schema)) {
      sites.add(new Site(declared.field(), declared.coordinate()));
      for (InputValueDefinition argument : declared.field().getInputValueDefinitions()) {
        sites.add(new Site(argument, declared.coordinate() + "(" + argument.getName() + ":)"));
      }
    }
    List<TypeDefinition<?>> types = new ArrayList<>(SchemaDeclarations.types(schema));
    types.addAll(SchemaDeclarations.extensions(schema));
    for (TypeDefinition<?> type : types) {
      if (type instanceof InputObjectTypeDefinition input) {
        for (InputValueDefinition field : input.getInputValueDefinitions()) {
          sites.add(new Site(field, input.getName() + "." + field.getName()));
        }
      } else if (type instanceof EnumTypeDefinition enumType) {
        for (EnumValueDefinition value : enumType.getEnumValueDefinitions()) {
          sites.add(new Site(value, enumType.getName() + "." + value.getName()));
        }
      }
    }
    return sites;
  }

  private static boolean hasReason(Directive directive) {
    Argument reason = directive.getArgument("reason");
    return reason != null && !(reason.getValue() instanceof StringValue string
        && string.getValue().isBlank());
  }
}
