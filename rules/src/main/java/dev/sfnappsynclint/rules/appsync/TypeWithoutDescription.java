package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import graphql.language.AbstractDescribedNode;
import graphql.language.Description;
import graphql.language.TypeDefinition;

@LintRule(
    id = "GQL053",
    name = "TypeWithoutDescription",
    severity = Severity.NOTE,
    summary = "A type without a description.",
    description = "graphql-schema-linter's types-have-descriptions rule: every type, "
        + "interface, input, enum, union and scalar the schema declares has a description "
        + "(a string before it), which introspection and the AppSync console show to the "
        + "API's users. Off by default.",
    tags = {"style", "appsync", "hygiene", "documentation"},
    precision = Precision.VERY_HIGH,
    enabledByDefault = false,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/designing-your-schema.html",
    help = """
        ## What it finds
        A type the schema declares with no description, or an empty one. Off by default;
        enable it with `rules: {GQL053: on}`.

        ## Why it matters
        Descriptions are the API's documentation: GraphiQL, the AppSync console and code
        generators show them.

        ## Example
        ```graphql
        type Query {
          hello: String
        }
        ```

        ## Fix
        ```graphql
        "The entry points for reading."
        type Query {
          hello: String
        }
        ```
        """)
public final class TypeWithoutDescription implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    for (TypeDefinition<?> type : SchemaDeclarations.types(schema)) {
      if (!(type instanceof AbstractDescribedNode<?> described)
          || isBlank(described.getDescription())) {
        findings.report(schema.location(type, type.getName()),
            "Type %s has no description.", type.getName());
      }
    }
  }

  static boolean isBlank(Description description) {
    return description == null || description.getContent() == null
        || description.getContent().isBlank();
  }
}
