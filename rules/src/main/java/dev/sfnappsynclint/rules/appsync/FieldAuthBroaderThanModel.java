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
import java.util.List;
import java.util.Optional;

@LintRule(
    id = "GQL043",
    name = "FieldAuthBroaderThanModel",
    severity = Severity.WARNING,
    summary = "A field-level @auth rule of an Amplify model grants a strategy, provider or "
        + "operation that the model's own rules do not.",
    description = "Field-level @auth rules replace the model's rules for that field: a field "
        + "rule is not checked against the model's. A field rule that grants a strategy "
        + "(with its provider) the model does not have, or an operation the model's rules of "
        + "that strategy do not grant, opens the field wider than the record — through "
        + "relations and the mutations' responses — which is seldom what a field rule is "
        + "written for (it is usually meant to restrict).",
    tags = {"security", "appsync", "amplify", "auth"},
    precision = Precision.MEDIUM,
    awsDocs = "https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html",
    help = """
        ## What it finds
        On a `@model` type with `@auth`, a field whose `@auth` has a rule for a strategy and
        provider no model rule has, or for an operation no model rule of that strategy and
        provider grants.

        ## Why it matters
        Field rules override the model's for the field, so they can grant more than the model:
        https://docs.amplify.aws/gen1/javascript/build-a-backend/graphqlapi/customize-authorization-rules/

        ## Example
        ```graphql
        type Employee @model @auth(rules: [{ allow: owner }]) {
          id: ID!
          name: String
          salary: Int @auth(rules: [{ allow: private, operations: [read] }])
        }
        ```

        ## Fix
        Keep field rules within the model's:
        ```graphql
        type Employee @model @auth(rules: [{ allow: owner }]) {
          id: ID!
          name: String
          salary: Int @auth(rules: [{ allow: owner, operations: [read] }])
        }
        ```
        """)
public final class FieldAuthBroaderThanModel implements AppSyncRule {

  @Override
  public void check(AppSyncSchema schema, Findings findings) {
    for (SchemaObjectType type : AmplifyModels.of(schema)) {
      List<AmplifyAuthRule> modelRules = AmplifyAuthRule.of(type.directives());
      if (modelRules.isEmpty()) {
        continue;
      }
      for (FieldDefinition field : type.fields()) {
        for (AmplifyAuthRule rule : AmplifyAuthRule.of(field.getDirectives())) {
          broader(rule, modelRules).ifPresent(what -> findings.report(
              schema.locateDirective(rule.directive().getSourceLocation(), "auth",
                  type.coordinate(field)),
              "@auth on %s: %s %s; the field's rules replace the model's, so the field is "
                  + "open wider than its record. Keep field rules within the model's.",
              type.coordinate(field), rule.describe(), what));
        }
      }
    }
  }

  /** What a field rule grants beyond the model's rules, when it does. */
  private static Optional<String> broader(AmplifyAuthRule rule, List<AmplifyAuthRule> model) {
    if (rule.allow().isEmpty()) {
      return Optional.empty();
    }
    List<AmplifyAuthRule> same = model.stream()
        .filter(m -> m.allow().equals(rule.allow())
            && m.effectiveProvider().equals(rule.effectiveProvider()))
        .toList();
    if (same.isEmpty()) {
      return Optional.of("grants the " + rule.allow().get() + " strategy with the "
          + rule.effectiveProvider() + " provider, which no rule of the model has");
    }
    List<String> extra = rule.grantedOperations().stream()
        .filter(op -> same.stream().noneMatch(m -> m.grants(op)))
        .toList();
    return extra.isEmpty() ? Optional.empty() : Optional.of("grants " + String.join(", ", extra)
        + ", which the model's " + rule.allow().get() + " rules do not");
  }
}
