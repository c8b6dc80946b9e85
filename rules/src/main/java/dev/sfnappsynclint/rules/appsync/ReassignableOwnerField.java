package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AmplifyAuthRule;
import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.SchemaObjectType;
import dev.sfnappsynclint.rule.AppSyncRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import graphql.language.FieldDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@LintRule(
    id = "GQL044",
    name = "ReassignableOwnerField",
    severity = Severity.WARNING,
    summary = "An Amplify owner rule lets the owner update the record, owner field included: "
        + "an owner can hand the record to another user.",
    description = "With { allow: owner } granting update, the owner field (owner, or the "
        + "rule's ownerField) is an ordinary field of the update mutation: the owner can set it "
        + "to another user's identity, and the Amplify CLI warns that owners may reassign "
        + "ownership. Amplify's guide protects the owner field with a field-level @auth rule "
        + "that leaves out update. Multi-owner fields (lists) are meant to be edited and are "
        + "not reported.",
    tags = {"security", "appsync", "amplify", "auth"},
    precision = Precision.MEDIUM,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html",
    help = """
        ## What it finds
        On a `@model` type, an owner rule that grants `update` (or has no `operations`) whose
        owner field has no field-level `@auth`, or whose field-level rules still grant `update`.

        ## Why it matters
        An owner can reassign the record to someone else — put it in another user's list, or
        act in their name. Amplify's guide, "per-user / owner-based data access":
        https://docs.amplify.aws/gen1/javascript/build-a-backend/graphqlapi/customize-authorization-rules/

        ## Example
        ```graphql
        type Todo @model @auth(rules: [{ allow: owner }]) {
          id: ID!
          content: String
          owner: String
        }
        ```

        ## Fix
        ```graphql
        type Todo @model @auth(rules: [{ allow: owner }]) {
          id: ID!
          content: String
          owner: String @auth(rules: [{ allow: owner, operations: [read, delete] }])
        }
        ```
        """)
public final class ReassignableOwnerField implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    for (SchemaObjectType type : AmplifyModels.of(schema)) {
      Set<String> reported = new LinkedHashSet<>();
      for (AmplifyAuthRule rule : AmplifyAuthRule.of(type.directives())) {
        if (!rule.isOwner() || !rule.grants("update") || !reported.add(rule.ownerField())) {
          continue;
        }
        Optional<FieldDefinition> field = type.field(rule.ownerField());
        if (field.isPresent() && (isList(field.get().getType())
            || !updatable(field.get()))) {
          continue;
        }
        findings.report(schema.locateDirective(rule.directive().getSourceLocation(), "auth",
            type.name()), "@auth on %s: %s lets the owner update %s.%s%s, so an owner can "
                + "reassign the record to another user. Protect the field: %s: String "
                + "@auth(rules: [{ allow: owner, operations: [read, delete] }]).",
            type.name(), rule.describe(), type.name(), rule.ownerField(),
            field.isEmpty() ? " (the field Amplify adds)" : "", rule.ownerField());
      }
    }
  }

  /** Whether an owner may still update the field: no field rules, or one granting update. */
  private static boolean updatable(FieldDefinition field) {
    List<AmplifyAuthRule> rules = AmplifyAuthRule.of(field.getDirectives());
    return rules.isEmpty() || rules.stream().anyMatch(r -> r.isOwner() && r.grants("update"));
  }

  private static boolean isList(Type<?> type) {
    Type<?> inner = type instanceof NonNullType nonNull ? nonNull.getType() : type;
    return inner instanceof ListType;
  }
}
