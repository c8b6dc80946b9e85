package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import graphql.language.TypeDefinition;
import java.util.regex.Pattern;

@LintRule(
    id = "GQL050",
    name = "TypeNamePascalCase",
    severity = Severity.NOTE,
    summary = "A type name that is not PascalCase.",
    description = "GraphQL's convention, and graphql-schema-linter's types-are-capitalized "
        + "rule: type, interface, input, enum, union and scalar names start with a capital "
        + "letter and have no underscores or hyphens. Off by default.",
    tags = {"style", "appsync", "hygiene"},
    precision = Precision.VERY_HIGH,
    enabledByDefault = false,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/designing-your-schema.html",
    help = """
        ## What it finds
        A type the schema declares whose name does not match `[A-Z][A-Za-z0-9]*`. Off by
        default; enable it with `rules: {GQL050: on}`.

        ## Why it matters
        Client code generators turn type names into class names; one convention keeps the
        generated code and the schema readable.

        ## Example
        ```graphql
        type Query {
          post: blog_post
        }

        type blog_post {
          id: ID!
        }
        ```

        ## Fix
        ```graphql
        type Query {
          post: BlogPost
        }

        type BlogPost {
          id: ID!
        }
        ```
        """)
public final class TypeNamePascalCase implements AppSyncRule {

  private static final Pattern PASCAL_CASE = Pattern.compile("[A-Z][A-Za-z0-9]*");

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    for (TypeDefinition<?> type : SchemaDeclarations.types(schema)) {
      if (!PASCAL_CASE.matcher(type.getName()).matches()) {
        findings.report(schema.location(type, type.getName()),
            "Type name %s is not PascalCase (a capital first letter, no underscores).",
            type.getName());
      }
    }
  }
}
