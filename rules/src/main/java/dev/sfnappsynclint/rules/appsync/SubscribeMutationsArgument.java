package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.SchemaObjectType;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.FieldDefinition;
import graphql.language.StringValue;

@LintRule(
    id = "GQL014",
    name = "SubscribeMutationsArgument",
    severity = Severity.WARNING,
    summary = "@aws_subscribe without a mutations list: no mutations argument, an empty list, or "
        + "a single string where AppSync documents a list.",
    description = "@aws_subscribe(mutations: [\"createPost\", \"updatePost\"]) names the "
        + "mutations whose results the subscription delivers. Without the argument, or with an "
        + "empty list, nothing triggers the subscription. A single string is accepted by "
        + "GraphQL's list coercion, but AppSync's documentation always writes a list; writing "
        + "one keeps the schema portable to other tools that read it.",
    tags = {"correctness", "appsync", "subscriptions"},
    precision = Precision.HIGH,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-data.html",
    help = """
        ## What it finds
        `@aws_subscribe` with no `mutations` argument, with `mutations: []`, or with
        `mutations: "createPost"` (a string, not a list).

        ## Why it matters
        A subscription without mutations never sends anything; clients wait forever.

        ## Example
        ```graphql
        type Query {
          post(id: ID!): Post
        }

        type Mutation {
          createPost(title: String!): Post
        }

        type Subscription {
          onCreatePost: Post @aws_subscribe(mutations: [])
          onAnyPost: Post @aws_subscribe(mutations: "createPost")
        }

        type Post {
          id: ID!
          title: String
        }
        ```

        ## Fix
        ```graphql
        type Query {
          post(id: ID!): Post
        }

        type Mutation {
          createPost(title: String!): Post
        }

        type Subscription {
          onCreatePost: Post @aws_subscribe(mutations: ["createPost"])
          onAnyPost: Post @aws_subscribe(mutations: ["createPost"])
        }

        type Post {
          id: ID!
          title: String
        }
        ```
        """)
public final class SubscribeMutationsArgument implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    for (SchemaObjectType type : schema.objectTypes()) {
      for (FieldDefinition field : type.fields()) {
        for (Directive directive : field.getDirectives()) {
          if (!directive.getName().equals(Subscriptions.DIRECTIVE)) {
            continue;
          }
          String coordinate = type.coordinate(field);
          Argument argument = directive.getArgument("mutations");
          String problem = null;
          if (argument == null) {
            problem = "has no mutations argument, so nothing triggers the subscription";
          } else if (argument.getValue() instanceof ArrayValue array
              && array.getValues().isEmpty()) {
            problem = "lists no mutations, so nothing triggers the subscription";
          } else if (argument.getValue() instanceof StringValue string) {
            problem = "gives mutations as a string; write a list: mutations: [\""
                + string.getValue() + "\"]";
          }
          if (problem != null) {
            findings.report(schema.locateDirective(directive.getSourceLocation(),
                directive.getName(), coordinate), "@aws_subscribe on %s %s.", coordinate,
                problem);
          }
        }
      }
    }
  }
}
