package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import graphql.language.Directive;
import graphql.language.InputObjectTypeDefinition;

@LintRule(
    id = "GQL019",
    name = "OneOfInputObject",
    severity = Severity.WARNING,
    summary = "@oneOf on an input type: a recent GraphQL addition that AppSync does not document.",
    description = "@oneOf input objects (exactly one field set) are a recent addition to "
        + "GraphQL. AppSync does not list the directive among those it supports, so the "
        + "constraint is at best not enforced and the schema may be rejected; the resolver has "
        + "to check that exactly one field is set.",
    tags = {"portability", "appsync", "dialect"},
    precision = Precision.MEDIUM,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/designing-your-schema.html",
    help = """
        ## What it finds
        `input X @oneOf { ... }` in the schema.

        ## Why it matters
        Clients may rely on a check AppSync does not make, or the deployment fails.

        ## Example
        ```graphql
        input PetInput @oneOf {
          cat: String
          dog: String
        }

        type Query {
          pet(by: PetInput!): String
        }
        ```

        ## Fix
        Drop the directive and check in the resolver that exactly one field is set:
        ```graphql
        input PetInput {
          cat: String
          dog: String
        }

        type Query {
          pet(by: PetInput!): String
        }
        ```
        """)
public final class OneOfInputObject implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    for (InputObjectTypeDefinition input
        : schema.registry().getTypes(InputObjectTypeDefinition.class)) {
      if (!schema.declaredBySchema(input)) {
        continue;
      }
      for (Directive directive : input.getDirectives()) {
        if (directive.getName().equals("oneOf")) {
          findings.report(schema.locateDirective(directive.getSourceLocation(), "oneOf",
              input.getName()), "@oneOf on input %s: AppSync does not document @oneOf, so "
                  + "\"exactly one field\" is not enforced for clients; check it in the "
                  + "resolver and remove the directive.", input.getName());
        }
      }
    }
  }
}
