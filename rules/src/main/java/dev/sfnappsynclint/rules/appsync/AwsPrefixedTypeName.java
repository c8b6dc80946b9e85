package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;

@LintRule(
    id = "GQL017",
    name = "AwsPrefixedTypeName",
    severity = Severity.ERROR,
    summary = "A type whose name starts with AWS: AppSync reserves the prefix for its own types.",
    description = "The AppSync guide states that AWS cannot be used as a prefix for custom object "
        + "types: names starting with AWS belong to AppSync's scalars. An object, interface, "
        + "union, enum or input type named AWSAccount is not accepted.",
    tags = {"correctness", "appsync", "dialect"},
    precision = Precision.HIGH,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html",
    help = """
        ## What it finds
        A type declared by the schema (not a scalar; see GQL015 and GQL016) whose name starts
        with `AWS` in capitals.

        ## Why it matters
        AppSync reserves the prefix and does not accept the schema.

        ## Example
        ```graphql
        type Query {
          account(id: ID!): AWSAccount
        }

        type AWSAccount {
          id: ID!
          alias: String
        }
        ```

        ## Fix
        ```graphql
        type Query {
          account(id: ID!): CloudAccount
        }

        type CloudAccount {
          id: ID!
          alias: String
        }
        ```
        """)
public final class AwsPrefixedTypeName implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    for (TypeDefinition<?> type : schema.registry().types().values()) {
      if (type instanceof ScalarTypeDefinition || !type.getName().startsWith("AWS")
          || !schema.declaredBySchema(type)) {
        continue;
      }
      findings.report(schema.location(type, type.getName()), "%s starts with AWS, a prefix "
          + "AppSync reserves: it does not accept custom types named so. Rename the type.",
          type.getName());
    }
  }
}
