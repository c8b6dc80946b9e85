package dev.sfnappsynclint.rules.template;

import dev.sfnappsynclint.asl.Placeholder;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.TemplateContext;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.ObjectNode;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@LintRule(
    id = "ASL011",
    name = "UnusedSubstitution",
    severity = Severity.WARNING,
    summary = "A DefinitionSubstitutions key that no ${Name} in the definition uses.",
    description = "An unused substitution is usually the other half of a typo: the definition "
        + "spells the placeholder differently, or still uses a hard-coded value the substitution "
        + "was meant to replace.",
    tags = {"maintainability", "template"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-statemachine.html#sam-statemachine-definitionsubstitutions",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-stepfunctions-statemachine.html#cfn-stepfunctions-statemachine-definitionsubstitutions"
    },
    help = """
        ## What it finds
        A key of a state machine's `DefinitionSubstitutions` that appears nowhere in its
        definition as `${Key}`.

        ## Why it matters
        Often the placeholder is misspelled in the definition (`${ChargeFunctionARN}` for
        `ChargeFunctionArn`), or the definition still hard-codes the value the substitution was
        added for — so a stack in another account, Region or stage calls the wrong function or
        writes to the wrong table.

        ## Example
        The template passes the table's name in, but the definition still hard-codes it.

        `template.yaml`:
        ```yaml
        AWSTemplateFormatVersion: "2010-09-09"
        Transform: AWS::Serverless-2016-10-31
        Resources:
          OrdersTable:
            Type: AWS::Serverless::SimpleTable
          OrderWorkflow:
            Type: AWS::Serverless::StateMachine
            Properties:
              DefinitionUri: statemachine/order.asl.json
              DefinitionSubstitutions:
                OrdersTableName: !Ref OrdersTable
              Policies:
                - DynamoDBWritePolicy:
                    TableName: !Ref OrdersTable
        ```

        `statemachine/order.asl.json`:
        ```json
        {
          "StartAt": "Save order",
          "States": {
            "Save order": {
              "Type": "Task",
              "Resource": "arn:aws:states:::dynamodb:putItem",
              "Parameters": {
                "TableName": "orders-dev",
                "Item": { "id": { "S.$": "$.orderId" } }
              },
              "End": true
            }
          }
        }
        ```

        ## Fix
        Use the placeholder in the definition, or delete the key.

        `template.yaml`:
        ```yaml
        AWSTemplateFormatVersion: "2010-09-09"
        Transform: AWS::Serverless-2016-10-31
        Resources:
          OrdersTable:
            Type: AWS::Serverless::SimpleTable
          OrderWorkflow:
            Type: AWS::Serverless::StateMachine
            Properties:
              DefinitionUri: statemachine/order.asl.json
              DefinitionSubstitutions:
                OrdersTableName: !Ref OrdersTable
              Policies:
                - DynamoDBWritePolicy:
                    TableName: !Ref OrdersTable
        ```

        `statemachine/order.asl.json`:
        ```json
        {
          "StartAt": "Save order",
          "States": {
            "Save order": {
              "Type": "Task",
              "Resource": "arn:aws:states:::dynamodb:putItem",
              "Parameters": {
                "TableName": "${OrdersTableName}",
                "Item": { "id": { "S.$": "$.orderId" } }
              },
              "End": true
            }
          }
        }
        ```
        """)
public final class UnusedSubstitution implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    Optional<ObjectNode> substitutions = machine.template().flatMap(TemplateContext::substitutions);
    if (substitutions.isEmpty()) {
      return;
    }
    Set<String> used = machine.placeholders().stream().map(Placeholder::name)
        .collect(Collectors.toSet());
    for (Member key : substitutions.get().members()) {
      if (!used.contains(key.name())) {
        findings.report(key.key(), "DefinitionSubstitutions key \"%s\" of %s is never used: the "
            + "definition has no ${%s}.", key.name(), machine.name(), key.name());
      }
    }
  }
}
