package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncPrelude;
import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import graphql.language.ScalarTypeDefinition;
import graphql.schema.idl.ScalarInfo;

@LintRule(
    id = "GQL015",
    name = "CustomScalar",
    severity = Severity.ERROR,
    summary = "A custom scalar: AppSync does not support user-defined scalars.",
    description = "AppSync schemas use GraphQL's scalars (ID, String, Int, Float, Boolean) and "
        + "AppSync's AWS scalars (AWSDateTime, AWSJSON, ...); the AppSync guide states that it "
        + "does not support user-defined scalars, so a schema declaring one is not accepted. "
        + "The message names the AWS scalar that fits common names (DateTime, JSON, Email, URL).",
    tags = {"correctness", "appsync", "dialect"},
    precision = Precision.VERY_HIGH,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html",
    help = """
        ## What it finds
        A `scalar` declaration in the schema, other than a redeclared AWS scalar (GQL016).

        ## Why it matters
        AppSync rejects the schema: only the default GraphQL scalars and the AWS scalars exist.

        ## Example
        ```graphql
        scalar DateTime

        type Query {
          event(id: ID!): Event
        }

        type Event {
          id: ID!
          startsAt: DateTime
        }
        ```

        ## Fix
        Use the AWS scalar, which AppSync declares and validates:
        ```graphql
        type Query {
          event(id: ID!): Event
        }

        type Event {
          id: ID!
          startsAt: AWSDateTime
        }
        ```
        """)
public final class CustomScalar implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    for (ScalarTypeDefinition scalar : schema.registry().scalars().values()) {
      String name = scalar.getName();
      if (!schema.declaredBySchema(scalar) || AppSyncPrelude.isAwsScalar(name)
          || ScalarInfo.isGraphqlSpecifiedScalar(name)) {
        continue;
      }
      findings.report(schema.location(scalar, name), "scalar %s: AppSync does not support "
          + "custom scalars; use a GraphQL scalar or an AWS scalar%s.", name,
          AppSyncPrelude.awsScalarFor(name).map(s -> " (here " + s + ")").orElse(""));
    }
  }
}
