package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.SchemaObjectType;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.rules.naming.SimilarNames;
import graphql.language.Directive;
import graphql.language.FieldDefinition;
import java.util.List;
import java.util.Optional;

@LintRule(
    id = "GQL006",
    name = "InvalidSubscriptionMutation",
    severity = Severity.ERROR,
    summary = "@aws_subscribe names a mutation the schema does not have, or one that returns a "
        + "different type than the subscription.",
    description = "AppSync publishes to a subscription what the mutations named in its "
        + "@aws_subscribe return, and requires the subscription field to return the same type as "
        + "those mutations. A name that matches no mutation (a typo, a renamed mutation) means "
        + "the subscription never fires; a different return type is not allowed.",
    tags = {"correctness", "appsync", "subscriptions"},
    precision = Precision.VERY_HIGH,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-data.html",
    help = """
        ## What it finds
        A subscription field with `@aws_subscribe(mutations: [...])` where a listed name is not
        a field of the mutation type (or the schema has no mutation type), or where the named
        mutation returns another type than the subscription field (lists and non-null aside).

        ## Why it matters
        Subscriptions in AppSync are triggered by the mutations they list, and the return type
        of the subscription must match that of the mutations. A misspelled or removed mutation
        leaves clients subscribed to something that never sends; a type mismatch breaks the
        link AppSync relies on.

        ## Example
        ```graphql
        type Query {
          message(id: ID!): Message
        }

        type Mutation {
          sendMessage(text: String!): Message
          deleteMessage(id: ID!): ID
        }

        type Subscription {
          onMessage: Message @aws_subscribe(mutations: ["sendMesage"])
          onDelete: Message @aws_subscribe(mutations: ["deleteMessage"])
        }

        type Message {
          id: ID!
          text: String
        }
        ```

        ## Fix
        Name existing mutations, and return the type they return:
        ```graphql
        type Query {
          message(id: ID!): Message
        }

        type Mutation {
          sendMessage(text: String!): Message
          deleteMessage(id: ID!): Message
        }

        type Subscription {
          onMessage: Message @aws_subscribe(mutations: ["sendMessage"])
          onDelete: Message @aws_subscribe(mutations: ["deleteMessage"])
        }

        type Message {
          id: ID!
          text: String
        }
        ```
        """)
public final class InvalidSubscriptionMutation implements AppSyncRule {

  /** " It is a field of Query, not a mutation." when the name is a query's or subscription's. */
  private static Optional<String> otherRoot(AppSyncSchema schema, String name) {
    for (Optional<String> root : List.of(schema.queryType(), schema.subscriptionType())) {
      Optional<SchemaObjectType> type = root.flatMap(schema::objectType);
      if (type.isPresent() && type.get().field(name).isPresent()) {
        return Optional.of(" It is a field of " + type.get().name()
            + ", not a mutation: only mutations trigger subscriptions.");
      }
    }
    return Optional.empty();
  }

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    Optional<SchemaObjectType> mutation = schema.mutationType().flatMap(schema::objectType);
    List<String> mutationNames = mutation.map(m -> m.fields().stream()
        .map(FieldDefinition::getName).toList()).orElse(List.of());
    for (SchemaObjectType type : schema.objectTypes()) {
      for (FieldDefinition field : type.fields()) {
        for (Directive directive : field.getDirectives()) {
          if (!directive.getName().equals(Subscriptions.DIRECTIVE)) {
            continue;
          }
          String coordinate = type.coordinate(field);
          String returned = SchemaObjectType.namedType(field.getType());
          for (String name : Subscriptions.mutations(directive)) {
            Optional<FieldDefinition> target = mutation.flatMap(m -> m.field(name));
            if (target.isEmpty()) {
              findings.report(schema.locateDirective(directive.getSourceLocation(),
                  directive.getName(), coordinate), "@aws_subscribe on %s names \"%s\", but %s, "
                  + "so the subscription is never triggered by it.%s", coordinate, name,
                  mutation.isEmpty() ? "the schema has no mutation type"
                      : mutation.get().name() + " has no such field",
                  otherRoot(schema, name).orElse(SimilarNames.hint(name, mutationNames)));
              continue;
            }
            String mutationReturns = SchemaObjectType.namedType(target.get().getType());
            if (!mutationReturns.equals(returned)) {
              String mutationCoordinate = mutation.get().coordinate(target.get());
              findings.report(schema.locateDirective(directive.getSourceLocation(),
                  directive.getName(), coordinate), "%s returns %s, but the mutation it "
                  + "subscribes to, %s, returns %s: AppSync requires a subscription to return "
                  + "the type of its mutations.", coordinate, returned, mutationCoordinate,
                  mutationReturns)
                  .related(schema.location(target.get(), mutationCoordinate),
                      mutationCoordinate + " returns " + mutationReturns);
            }
          }
        }
      }
    }
  }
}
