package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.SchemaObjectType;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import graphql.language.Directive;
import graphql.language.FieldDefinition;
import java.util.Optional;

@LintRule(
    id = "GQL007",
    name = "AwsSubscribeOutsideSubscription",
    severity = Severity.WARNING,
    summary = "@aws_subscribe on a field that is not of the subscription type does nothing.",
    description = "AppSync links subscriptions to mutations through @aws_subscribe on the "
        + "fields of the schema's subscription type. On a query, a mutation or any other type "
        + "the directive is ignored: usually the field was meant for the Subscription type, or "
        + "the schema's subscription root is missing.",
    tags = {"correctness", "appsync", "subscriptions"},
    precision = Precision.HIGH,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-data.html",
    help = """
        ## What it finds
        `@aws_subscribe` on a field of any type other than the subscription root type (the
        `subscription` of the `schema { }` definition, else `Subscription`).

        ## Why it matters
        Nothing subscribes to that field, so clients expecting real-time updates get none.

        ## Example
        ```graphql
        type Query {
          order(id: ID!): Order
          onOrderShipped: Order @aws_subscribe(mutations: ["shipOrder"])
        }

        type Mutation {
          shipOrder(id: ID!): Order
        }

        type Order {
          id: ID!
          status: String
        }
        ```

        ## Fix
        Move the field to the subscription type:
        ```graphql
        type Query {
          order(id: ID!): Order
        }

        type Mutation {
          shipOrder(id: ID!): Order
        }

        type Subscription {
          onOrderShipped: Order @aws_subscribe(mutations: ["shipOrder"])
        }

        type Order {
          id: ID!
          status: String
        }
        ```
        """)
public final class AwsSubscribeOutsideSubscription implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    Optional<String> subscription = schema.subscriptionType();
    for (SchemaObjectType type : schema.objectTypes()) {
      if (subscription.filter(type.name()::equals).isPresent()) {
        continue;
      }
      for (FieldDefinition field : type.fields()) {
        for (Directive directive : field.getDirectives()) {
          if (directive.getName().equals(Subscriptions.DIRECTIVE)) {
            String coordinate = type.coordinate(field);
            findings.report(schema.locateDirective(directive.getSourceLocation(),
                directive.getName(), coordinate), "@aws_subscribe on %s has no effect: only "
                + "fields of the subscription type (%s) are subscriptions.", coordinate,
                subscription.orElse("the schema has none"));
          }
        }
      }
    }
  }
}
