package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.rules.appsync.SchemaDeclarations.DeclaredField;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.Node;
import graphql.language.TypeDefinition;
import java.util.regex.Pattern;

@LintRule(
    id = "GQL051",
    name = "FieldNameCamelCase",
    severity = Severity.NOTE,
    summary = "A field or input field name that is not camelCase.",
    description = "GraphQL's convention, and graphql-schema-linter's fields-are-camel-cased and "
        + "input-object-fields-are-camel-cased rules: field names start with a lower-case "
        + "letter and have no underscores or hyphens. A leading underscore is accepted, for "
        + "the fields AppSync conflict detection adds (_version, _deleted). Off by default.",
    tags = {"style", "appsync", "hygiene"},
    precision = Precision.VERY_HIGH,
    enabledByDefault = false,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/designing-your-schema.html",
    help = """
        ## What it finds
        A field of an object type, interface or input the schema declares whose name does not
        match `_?[a-z][A-Za-z0-9]*`. Off by default; enable it with `rules: {GQL051: on}`.

        ## Why it matters
        Clients read these names as properties; one convention keeps queries and generated
        code consistent.

        ## Example
        ```graphql
        type Query {
          post_by_id(id: ID!): String
        }
        ```

        ## Fix
        ```graphql
        type Query {
          postById(id: ID!): String
        }
        ```
        """)
public final class FieldNameCamelCase implements AppSyncRule {

  private static final Pattern CAMEL_CASE = Pattern.compile("_?[a-z][A-Za-z0-9]*");

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    for (DeclaredField declared : SchemaDeclarations.fields(schema)) {
      check(schema, declared.field().getName(), declared.coordinate(), declared.field(),
          findings);
    }
    for (TypeDefinition<?> type : SchemaDeclarations.types(schema)) {
      if (type instanceof InputObjectTypeDefinition input) {
        for (InputValueDefinition field : input.getInputValueDefinitions()) {
          check(schema, field.getName(), input.getName() + "." + field.getName(), field,
              findings);
        }
      }
    }
  }

  private static void check(AppSyncSchema schema, String name, String coordinate,
      Node<?> node, Findings findings) {
    if (!CAMEL_CASE.matcher(name).matches()) {
      findings.report(schema.location(node, coordinate),
          "Field name %s is not camelCase (a lower-case first letter, no underscores).",
          coordinate);
    }
  }
}
