package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.rules.appsync.SchemaDeclarations.DeclaredField;

@LintRule(
    id = "GQL054",
    name = "FieldWithoutDescription",
    severity = Severity.NOTE,
    summary = "A field of an object type or interface without a description.",
    description = "graphql-schema-linter's fields-have-descriptions rule: every field of the "
        + "schema's object types and interfaces has a description (a string before it), which "
        + "introspection and the AppSync console show to the API's users. Off by default.",
    tags = {"style", "appsync", "hygiene", "documentation"},
    precision = Precision.VERY_HIGH,
    enabledByDefault = false,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/designing-your-schema.html",
    help = """
        ## What it finds
        A field of an object type or interface the schema declares (in an `extend` too) with
        no description, or an empty one. Off by default; enable it with `rules: {GQL054: on}`.

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
        type Query {
          "A greeting."
          hello: String
        }
        ```
        """)
public final class FieldWithoutDescription implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    for (DeclaredField declared : SchemaDeclarations.fields(schema)) {
      if (TypeWithoutDescription.isBlank(declared.field().getDescription())) {
        findings.report(schema.location(declared.field(), declared.coordinate()),
            "Field %s has no description.", declared.coordinate());
      }
    }
  }
}
