package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import java.util.ArrayList;
import java.util.List;

@LintRule(
    id = "GQL018",
    name = "InterfaceImplementsInterface",
    severity = Severity.WARNING,
    summary = "An interface implementing another interface, a GraphQL feature newer than the one "
        + "AppSync documents.",
    description = "GraphQL allowed interfaces to implement interfaces in its 2021 edition. "
        + "AppSync's schema documentation describes objects implementing interfaces only, and "
        + "schemas using the newer form are reported by users as rejected or as losing the "
        + "inherited fields in introspection. Declaring the fields on the interface itself "
        + "works everywhere.",
    tags = {"portability", "appsync", "dialect"},
    precision = Precision.MEDIUM,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/interfaces-and-unions.html",
    help = """
        ## What it finds
        `interface B implements A { ... }`.

        ## Why it matters
        The form is not part of what AppSync documents for schemas; deploying it may fail.

        ## Example
        ```graphql
        interface Node {
          id: ID!
        }

        interface Media implements Node {
          id: ID!
          url: String
        }

        type Photo implements Media & Node {
          id: ID!
          url: String
        }

        type Query {
          media(id: ID!): Media
        }
        ```

        ## Fix
        Let the interface declare the fields and the object types implement both:
        ```graphql
        interface Node {
          id: ID!
        }

        interface Media {
          id: ID!
          url: String
        }

        type Photo implements Media & Node {
          id: ID!
          url: String
        }

        type Query {
          media(id: ID!): Media
        }
        ```
        """)
public final class InterfaceImplementsInterface implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    List<InterfaceTypeDefinition> interfaces = new ArrayList<>(
        schema.registry().getTypes(InterfaceTypeDefinition.class));
    for (InterfaceTypeDefinition type : interfaces) {
      if (!schema.declaredBySchema(type) || type.getImplements().isEmpty()) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (Type<?> implemented : type.getImplements()) {
        if (implemented instanceof TypeName name) {
          names.add(name.getName());
        }
      }
      findings.report(schema.location(type, type.getName()), "interface %s implements %s: "
          + "interfaces implementing interfaces are not part of the GraphQL that AppSync "
          + "documents. Declare the fields on %s and let the object types implement each "
          + "interface.", type.getName(), String.join(" & ", names), type.getName());
    }
  }
}
