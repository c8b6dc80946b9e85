package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.AuthConfiguration;
import dev.sfnappsynclint.appsync.AuthMode;
import dev.sfnappsynclint.appsync.FieldAuth;
import dev.sfnappsynclint.appsync.SchemaObjectType;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import graphql.language.Directive;
import graphql.language.FieldDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@LintRule(
    id = "GQL013",
    name = "SubscriptionLeaksAuthMode",
    severity = Severity.WARNING,
    summary = "A subscription admits a mode that neither its mutations nor any query returning "
        + "the same type admits: its subscribers receive data they could not read otherwise.",
    description = "AppSync sends a subscription's subscribers what the mutations named in "
        + "@aws_subscribe return. A subscription field that admits, say, API_KEY while every "
        + "query and every subscribed mutation returning that type admits only signed-in users "
        + "gives anonymous callers a live feed of data that the rest of the schema keeps from "
        + "them. Usually the subscription kept a directive (or the default mode) that the "
        + "queries lost. Only certain admissions count: the default mode decides only when the "
        + "configuration is known.",
    tags = {"security", "appsync", "auth", "subscriptions"},
    precision = Precision.MEDIUM,
    awsDocs = {
        "https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-data.html",
        "https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html"
    },
    help = """
        ## What it finds
        A field of the subscription type with `@aws_subscribe(mutations: [...])` that admits a
        mode M, where every listed mutation denies M, and so does every field of the query type
        returning the same type (there being at least one).

        ## Why it matters
        Subscribers receive the mutations' results as they happen. Callers who may not query
        orders nor create them should not receive every new order either.

        ## Example
        ```graphql
        type Query {
          order(id: ID!): Order @aws_cognito_user_pools
        }

        type Mutation {
          createOrder(item: String!): Order @aws_cognito_user_pools
        }

        type Subscription {
          onCreateOrder: Order @aws_subscribe(mutations: ["createOrder"]) @aws_api_key
        }

        type Order @aws_cognito_user_pools @aws_api_key {
          id: ID!
          item: String
        }
        ```

        ## Fix
        Admit on the subscription the modes that may read the data:
        ```graphql
        type Query {
          order(id: ID!): Order @aws_cognito_user_pools
        }

        type Mutation {
          createOrder(item: String!): Order @aws_cognito_user_pools
        }

        type Subscription {
          onCreateOrder: Order @aws_subscribe(mutations: ["createOrder"]) @aws_cognito_user_pools
        }

        type Order @aws_cognito_user_pools {
          id: ID!
          item: String
        }
        ```
        """)
public final class SubscriptionLeaksAuthMode implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    Optional<SchemaObjectType> subscription = schema.subscriptionType()
        .flatMap(schema::objectType);
    Optional<SchemaObjectType> mutation = schema.mutationType().flatMap(schema::objectType);
    Optional<SchemaObjectType> query = schema.queryType().flatMap(schema::objectType);
    if (subscription.isEmpty() || mutation.isEmpty() || query.isEmpty()) {
      return;
    }
    Optional<AuthConfiguration> configuration = schema.auth();
    for (FieldDefinition field : subscription.get().fields()) {
      for (Directive directive : field.getDirectives()) {
        if (!directive.getName().equals(Subscriptions.DIRECTIVE)) {
          continue;
        }
        String returned = SchemaObjectType.namedType(field.getType());
        List<String> readers = new ArrayList<>();
        List<FieldAuth> others = new ArrayList<>();
        for (FieldDefinition read : query.get().fields()) {
          if (SchemaObjectType.namedType(read.getType()).equals(returned)) {
            readers.add(query.get().coordinate(read));
            schema.authAnalysis().field(query.get().coordinate(read)).ifPresent(others::add);
          }
        }
        List<String> mutations = Subscriptions.mutations(directive);
        for (String name : mutations) {
          Optional<FieldDefinition> target = mutation.get().field(name);
          if (target.isEmpty()) {
            // GQL006 reports it; a missing mutation admits nothing that could be compared.
            others.clear();
            break;
          }
          schema.authAnalysis().field(mutation.get().coordinate(target.get()))
              .ifPresent(others::add);
        }
        if (readers.isEmpty() || others.size() != readers.size() + mutations.size()) {
          continue;
        }
        String coordinate = subscription.get().coordinate(field);
        Optional<FieldAuth> own = schema.authAnalysis().field(coordinate);
        if (own.isEmpty()) {
          continue;
        }
        for (AuthMode mode : AuthMode.values()) {
          if (own.get().admits(mode, configuration) != FieldAuth.Admission.YES
              || !AuthText.configures(schema, mode)) {
            continue;
          }
          boolean deniedEverywhere = others.stream()
              .allMatch(o -> o.admits(mode, configuration) == FieldAuth.Admission.NO);
          if (deniedEverywhere) {
            findings.report(schema.location(field, coordinate), "%s admits %s, but %s and the "
                    + "mutations it subscribes to (%s) deny %s: subscribers with %s receive %s "
                    + "data the schema does not let them read or write otherwise.%s",
                coordinate, mode, AuthText.list(readers, 3), String.join(", ", mutations), mode,
                mode, returned, AuthText.api(schema));
          }
        }
      }
    }
  }
}
