package dev.sfnappsynclint.rules.template;

import dev.sfnappsynclint.asl.Placeholder;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.TemplateContext;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Severity;
import dev.sfnappsynclint.rules.naming.SimilarNames;
import dev.sfnappsynclint.tree.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@LintRule(
    id = "ASL010",
    name = "UndefinedPlaceholder",
    severity = Severity.ERROR,
    summary = "A ${Name} placeholder in a template's state machine that nothing replaces.",
    description = "DefinitionSubstitutions (and Fn::Sub, when the definition is written in one) "
        + "replace ${Name} placeholders before Step Functions sees the definition. A name with "
        + "no substitution stays in the deployed definition as literal text, or makes "
        + "CloudFormation reject the template.",
    tags = {"correctness", "template"},
    precision = Precision.HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-statemachine.html#sam-statemachine-definitionsubstitutions",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-stepfunctions-statemachine.html#cfn-stepfunctions-statemachine-definitionsubstitutions",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-sub.html"
    },
    help = """
        ## What it finds
        A `${Name}` in the definition of a template's state machine (`Definition`,
        `DefinitionString`, or the file `DefinitionUri` names) when `Name` is not a key of the
        resource's `DefinitionSubstitutions`. Pseudo parameters such as `${AWS::Region}` are
        fine, and so are the template parameters, resources and variables of an `Fn::Sub` the
        definition is written in, and text in `Comment` fields. Standalone definitions, with no
        template, are not checked.

        ## Why it matters
        An unreplaced placeholder reaches Step Functions as literal text — a Task `Resource` of
        `${ProcessFunctionArn}` fails the deployment or the execution — and inside `Fn::Sub`
        CloudFormation rejects the template outright.

        ## Example
        The definition says `${ChargeFunctionArn}`; the template's key is `ChargeFunction`
        (`UnusedSubstitution` reports that key: the other half of the typo).

        `template.yaml`:
        ```yaml
        AWSTemplateFormatVersion: "2010-09-09"
        Transform: AWS::Serverless-2016-10-31
        Resources:
          ChargeFunction:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: functions/charge/
              Handler: app.handler
              Runtime: python3.12
          OrderWorkflow:
            Type: AWS::Serverless::StateMachine
            Properties:
              DefinitionUri: statemachine/order.asl.json
              DefinitionSubstitutions:
                ChargeFunction: !GetAtt ChargeFunction.Arn
              Policies:
                - LambdaInvokePolicy:
                    FunctionName: !Ref ChargeFunction
        ```

        `statemachine/order.asl.json`:
        ```json
        {
          "StartAt": "Charge",
          "States": {
            "Charge": { "Type": "Task", "Resource": "${ChargeFunctionArn}", "End": true }
          }
        }
        ```

        ## Fix
        Add the key to `DefinitionSubstitutions`, or correct the placeholder's name.

        `template.yaml`:
        ```yaml
        AWSTemplateFormatVersion: "2010-09-09"
        Transform: AWS::Serverless-2016-10-31
        Resources:
          ChargeFunction:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: functions/charge/
              Handler: app.handler
              Runtime: python3.12
          OrderWorkflow:
            Type: AWS::Serverless::StateMachine
            Properties:
              DefinitionUri: statemachine/order.asl.json
              DefinitionSubstitutions:
                ChargeFunctionArn: !GetAtt ChargeFunction.Arn
              Policies:
                - LambdaInvokePolicy:
                    FunctionName: !Ref ChargeFunction
        ```

        `statemachine/order.asl.json`:
        ```json
        {
          "StartAt": "Charge",
          "States": {
            "Charge": { "Type": "Task", "Resource": "${ChargeFunctionArn}", "End": true }
          }
        }
        ```
        """)
public final class UndefinedPlaceholder implements AslRule {

  @Override
  public void check(StateMachine machine, Findings findings) {
    Optional<TemplateContext> template = machine.template();
    if (template.isEmpty()) {
      return;
    }
    TemplateContext context = template.get();
    List<String> keys = new ArrayList<>();
    context.substitutions().ifPresent(s -> s.members().stream().map(Member::name)
        .forEach(keys::add));
    keys.addAll(context.resolvedByFnSub());
    for (Placeholder placeholder : machine.placeholders()) {
      // Text left in a Comment changes nothing at run time.
      if (context.resolves(placeholder.name())
          || placeholder.node().pointer().endsWith("/Comment")) {
        continue;
      }
      String resolvers = context.resolvedByFnSub().isEmpty()
          ? "DefinitionSubstitutions of " + context.logicalId() + " has no key \""
              + placeholder.name() + "\""
          : "neither DefinitionSubstitutions of " + context.logicalId() + " nor the Fn::Sub "
              + "around the definition (template parameters, resources, its variables) define \""
              + placeholder.name() + "\"";
      findings.report(placeholder.node(), "${%s} is never replaced: %s.%s", placeholder.name(),
          resolvers, SimilarNames.hint(placeholder.name(), keys));
    }
  }
}
