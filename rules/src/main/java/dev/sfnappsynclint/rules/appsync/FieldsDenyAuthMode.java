package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.AuthDenial;
import dev.sfnappsynclint.appsync.SchemaObjectType;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import graphql.language.FieldDefinition;
import java.util.List;

@LintRule(
    id = "GQL002",
    name = "FieldsDenyAuthMode",
    severity = Severity.WARNING,
    summary = "Callers with some auth mode reach a type whose fields partly deny that mode: "
        + "selecting those fields fails with Unauthorized.",
    description = "The type is reachable with the mode, and some of its fields admit it, but "
        + "others do not (their own directives, or the type's, leave the mode out). A client "
        + "that selects them gets null and an Unauthorized error for each. That is how "
        + "field-level authorization is written on purpose — and also how a forgotten directive "
        + "looks; the finding lists the fields, once per type and mode.",
    tags = {"security", "appsync", "auth"},
    precision = Precision.MEDIUM,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html",
    help = """
        ## What it finds
        A type that callers with an auth mode can reach from a root type, some of whose fields
        do not admit that mode while others do. Reported once per type and mode, at the first
        field (breadth-first from the root types) that reaches it, with the fields that deny
        the mode. Also an interface or union field where only some of the object types deny the
        mode entirely.

        ## Why it matters
        Each denied field a client selects comes back `null` with an `Unauthorized` error.
        Intended restrictions (an `email` only staff may read) look the same as a directive
        forgotten on a new field — review the list; suppress the finding where it is intended.

        ## Example
        The default mode is IAM, with API keys as an additional mode. `Product.cost` lost the
        type's `@aws_api_key` when `@aws_iam` was added to it.

        `.sfn-appsync-lint.yml`:
        ```yaml
        appsync:
          - schema: "schema.graphql"
            defaultAuthentication: AWS_IAM
            additionalAuthentications: [API_KEY]
        ```

        `schema.graphql`:
        ```graphql
        type Query @aws_api_key @aws_iam {
          products: [Product]
        }

        type Product @aws_api_key @aws_iam {
          id: ID!
          name: String
          price: Float
          cost: Float @aws_iam
        }
        ```

        ## Fix
        Admit the mode on every field callers with it may select (or split what they may not
        select into a type they cannot reach).

        `.sfn-appsync-lint.yml`:
        ```yaml
        appsync:
          - schema: "schema.graphql"
            defaultAuthentication: AWS_IAM
            additionalAuthentications: [API_KEY]
        ```

        `schema.graphql`:
        ```graphql
        type Query @aws_api_key @aws_iam {
          products: [Product]
        }

        type Product @aws_api_key @aws_iam {
          id: ID!
          name: String
          price: Float
          cost: Float @aws_api_key @aws_iam
        }
        ```
        """)
public final class FieldsDenyAuthMode implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    for (AuthDenial denial : schema.authAnalysis().partialDenials()) {
      SchemaObjectType target = denial.targets().get(0);
      List<FieldDefinition> denied = denial.deniedFields().get(0);
      List<String> names = denied.stream().map(target::coordinate).toList();
      boolean whole = denied.size() == target.fields().size();
      String coordinate = denial.owner().coordinate(denial.field());
      String what = whole
          ? "no field of " + target.name() + " admits " + denial.mode() + " (" + coordinate
              + " can also return other types, which do)"
          : AuthText.list(names, 8) + (names.size() == 1 ? " does" : " do") + " not admit "
              + denial.mode() + ": selecting " + (names.size() == 1 ? "it" : "them")
              + " fails with Unauthorized";
      Findings.Reported reported = findings.report(schema.location(denial.field(), coordinate),
          "%s: a caller with %s reaches %s, but %s.%s", denial.describePath(), denial.mode(),
          target.name(), what, AuthText.api(schema));
      for (FieldDefinition field : denied.subList(0, Math.min(denied.size(), 20))) {
        reported.related(schema.location(field, target.coordinate(field)),
            target.coordinate(field) + " does not admit " + denial.mode());
      }
    }
  }
}
