package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import graphql.language.TypeDefinition;

@LintRule(
    id = "GQL020",
    name = "TypeNamedSchema",
    severity = Severity.WARNING,
    summary = "type schema { ... }: an object type named schema, not the schema definition.",
    description = "The root operation types are set with schema { query: Query ... }, without "
        + "the word type. type schema { query: Query } declares an ordinary object type named "
        + "schema with a field query, and the roots stay the default Query, Mutation and "
        + "Subscription — or none, when those types are named differently.",
    tags = {"correctness", "appsync", "dialect"},
    precision = Precision.VERY_HIGH,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/designing-your-schema.html",
    help = """
        ## What it finds
        An object type whose name is `schema` (any letter case).

        ## Why it matters
        The API's root types are not what the schema means them to be.

        ## Example
        ```graphql
        type schema {
          query: RootQuery
        }

        type RootQuery {
          ping: String
        }

        type Query {
          version: String
        }
        ```

        ## Fix
        ```graphql
        schema {
          query: RootQuery
        }

        type RootQuery {
          ping: String
        }
        ```
        """)
public final class TypeNamedSchema implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    for (TypeDefinition<?> type : schema.registry().types().values()) {
      if (type.getName().equalsIgnoreCase("schema") && schema.declaredBySchema(type)) {
        findings.report(schema.location(type, type.getName()), "type %s declares an object "
            + "type named %s, not the schema's root types: write schema { ... } without "
            + "\"type\".", type.getName(), type.getName());
      }
    }
  }
}
