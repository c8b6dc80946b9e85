package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.TypeDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

@LintRule(
    id = "GQL052",
    name = "EnumValueUpperCase",
    severity = Severity.NOTE,
    summary = "An enum value that is not UPPER_CASE.",
    description = "GraphQL's convention, and graphql-schema-linter's enum-values-all-caps "
        + "rule: enum values are written in capitals, words separated by underscores. Off by "
        + "default.",
    tags = {"style", "appsync", "hygiene"},
    precision = Precision.VERY_HIGH,
    enabledByDefault = false,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/designing-your-schema.html",
    help = """
        ## What it finds
        A value of an enum the schema declares that does not match `[A-Z][A-Z0-9_]*`. Off by
        default; enable it with `rules: {GQL052: on}`.

        ## Why it matters
        Capitals tell enum values from field names and strings at a glance in queries and
        resolvers.

        ## Example
        ```graphql
        enum Status {
          draft
          published
        }

        type Query {
          status: Status
        }
        ```

        ## Fix
        ```graphql
        enum Status {
          DRAFT
          PUBLISHED
        }

        type Query {
          status: Status
        }
        ```
        """)
public final class EnumValueUpperCase implements AppSyncRule {

  private static final Pattern UPPER_CASE = Pattern.compile("[A-Z][A-Z0-9_]*");

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    List<TypeDefinition<?>> enums = new ArrayList<>(
        SchemaDeclarations.types(schema));
    enums.addAll(SchemaDeclarations.extensions(schema));
    for (TypeDefinition<?> type : enums) {
      if (type instanceof EnumTypeDefinition enumType) {
        for (EnumValueDefinition value : enumType.getEnumValueDefinitions()) {
          if (!UPPER_CASE.matcher(value.getName()).matches()) {
            String coordinate = enumType.getName() + "." + value.getName();
            findings.report(schema.location(value, coordinate),
                "Enum value %s is not UPPER_CASE.", coordinate);
          }
        }
      }
    }
  }
}
