package dev.sfnappsynclint.asl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.asl.TaskResource.Kind;
import dev.sfnappsynclint.template.Intrinsic;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskResourceTest {

  private static TaskResource resource(String arn) throws Exception {
    return resource(Machines.json("""
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s", "End": true}}}
        """.formatted(arn)));
  }

  private static TaskResource resource(StateMachine machine) {
    return machine.statesNamed("T").get(0).task().orElseThrow().resource().orElseThrow();
  }

  @ParameterizedTest
  @CsvSource({
      "arn:aws:states:::sqs:sendMessage, SERVICE_INTEGRATION, sqs, sendMessage, REQUEST_RESPONSE",
      "arn:aws:states:::ecs:runTask.sync, SERVICE_INTEGRATION, ecs, runTask, SYNC",
      "arn:aws:states:::states:startExecution.sync:2, SERVICE_INTEGRATION, states, startExecution, SYNC2",
      "arn:aws:states:::lambda:invoke.waitForTaskToken, SERVICE_INTEGRATION, lambda, invoke, WAIT_FOR_TASK_TOKEN",
      "arn:aws-cn:states:::glue:startJobRun.sync, SERVICE_INTEGRATION, glue, startJobRun, SYNC",
      "arn:aws:states:::aws-sdk:s3:getObject, SDK_INTEGRATION, s3, getObject, REQUEST_RESPONSE",
      "arn:aws:states:::aws-sdk:dynamodb:getItem.waitForTaskToken, SDK_INTEGRATION, dynamodb, getItem, WAIT_FOR_TASK_TOKEN",
      "arn:aws:states:::http:invoke, HTTP_TASK, http, invoke, REQUEST_RESPONSE",
      "arn:${AWS::Partition}:states:::sqs:sendMessage, SERVICE_INTEGRATION, sqs, sendMessage, REQUEST_RESPONSE",
      "arn:${AWS::Partition}:states:::aws-sdk:sfn:startExecution, SDK_INTEGRATION, sfn, startExecution, REQUEST_RESPONSE",
      "arn:aws:states:us-east-1:123456789012:aws-sdk:s3:getObject, SDK_INTEGRATION, s3, getObject, REQUEST_RESPONSE",
      "arn:aws:states:us-east-1:123456789012:lambda:invoke, SERVICE_INTEGRATION, lambda, invoke, REQUEST_RESPONSE"
  })
  void integrationsHaveServiceActionAndPattern(String arn, Kind kind, String service,
      String action, IntegrationPattern pattern) throws Exception {
    TaskResource resource = resource(arn);
    assertThat(resource.kind()).isEqualTo(kind);
    assertThat(resource.service()).contains(service);
    assertThat(resource.action()).contains(action);
    assertThat(resource.pattern()).contains(pattern);
    assertThat(resource.isIntegration()).isTrue();
    assertThat(resource.text()).contains(arn);
  }

  @Test
  void lambdaInvokeIsLambdaAndOtherIntegrationsAreNot() throws Exception {
    assertThat(resource("arn:aws:states:::lambda:invoke").isLambda()).isTrue();
    assertThat(resource("arn:${AWS::Partition}:states:::lambda:invoke").isLambda()).isTrue();
    assertThat(resource("arn:aws:states:::sqs:sendMessage").isLambda()).isFalse();
    assertThat(resource("arn:aws:states:::aws-sdk:s3:getObject").isLambda()).isFalse();
  }

  @Test
  void functionArnsWithAndWithoutQualifier() throws Exception {
    TaskResource plain = resource("arn:aws:lambda:eu-west-1:123456789012:function:Charge");
    assertThat(plain.kind()).isEqualTo(Kind.LAMBDA_FUNCTION);
    assertThat(plain.resourceName()).contains("Charge");
    assertThat(plain.qualifier()).isEmpty();
    assertThat(plain.isLambda()).isTrue();
    assertThat(plain.isIntegration()).isFalse();
    assertThat(plain.pattern()).isEmpty();

    TaskResource alias = resource("arn:aws:lambda:eu-west-1:123456789012:function:Charge:live");
    assertThat(alias.kind()).isEqualTo(Kind.LAMBDA_FUNCTION);
    assertThat(alias.qualifier()).contains("live");

    TaskResource placeholders = resource(
        "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${Name}");
    assertThat(placeholders.kind()).isEqualTo(Kind.LAMBDA_FUNCTION);
    assertThat(placeholders.resourceName()).contains("${Name}");
    assertThat(placeholders.placeholderNames())
        .containsExactly("AWS::Partition", "AWS::Region", "AWS::AccountId", "Name");
  }

  @Test
  void activities() throws Exception {
    TaskResource activity = resource("arn:aws:states:us-east-1:123456789012:activity:Approve");
    assertThat(activity.kind()).isEqualTo(Kind.ACTIVITY);
    assertThat(activity.resourceName()).contains("Approve");
    assertThat(activity.isLambda()).isFalse();
    assertThat(resource("arn:aws:states:${AWS::Region}:${AWS::AccountId}:activity:Approve")
        .kind()).isEqualTo(Kind.ACTIVITY);
  }

  @ParameterizedTest
  @CsvSource({
      "arn:aws:states:::sqs:sendMessage.sync:3",
      "arn:aws:states:::sqs",
      "arn:aws:states:us-east-1:123:stateMachine:Other",
      "arn:aws:lambda:us-east-1:123:layer:L",
      "arn:aws:s3:::bucket",
      "arn:aws:states:::aws-sdk:s3",
      "Charge",
      "''"
  })
  void stringsOfNoKnownShapeAreUnknown(String text) throws Exception {
    TaskResource resource = resource(text);
    assertThat(resource.kind()).isEqualTo(Kind.UNKNOWN);
    assertThat(resource.isLambda()).isFalse();
  }

  @Test
  void placeholdersThatHideWhatTheResourceIsAreOpaqueNotUnknown() throws Exception {
    assertThat(resource("${ChargeArn}").kind()).isEqualTo(Kind.PLACEHOLDER);
    assertThat(resource("arn:aws:states:::${Service}:sendMessage").kind())
        .isEqualTo(Kind.PLACEHOLDER);
    assertThat(resource("${Prefix}:function:x").kind()).isEqualTo(Kind.PLACEHOLDER);
    // Standalone: nothing says what replaces it.
    assertThat(resource("${ChargeArn}").substitution()).isEmpty();
    assertThat(resource("${ChargeArn}").isLambda()).isFalse();
  }

  @Test
  void aResourceThatIsNotAStringIsMalformed() throws Exception {
    TaskResource resource = resource(Machines.json("""
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": 7, "End": true}}}
        """));
    assertThat(resource.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(resource.text()).isEmpty();
    assertThat(resource.node().pointer()).isEqualTo("/States/T/Resource");
    assertThat(resource.node()).hasToString("7");
  }

  private static StateMachine templateWith(String substitution) throws Exception {
    return Machines.template("""
        Transform: AWS::Serverless-2016-10-31
        Resources:
          ChargeFunction:
            Type: AWS::Serverless::Function
            Properties: {Handler: index.handler, Runtime: python3.12}
          PlainFunction:
            Type: AWS::Lambda::Function
            Properties: {}
          Orders:
            Type: AWS::DynamoDB::Table
          Workflow:
            Type: AWS::Serverless::StateMachine
            Properties:
              DefinitionSubstitutions:
                Target: %s
              Definition:
                StartAt: T
                States:
                  T: {Type: Task, Resource: "${Target}", End: true}
        """.formatted(substitution));
  }

  @Test
  void aPlaceholderGetAttOfAServerlessFunctionIsALambda() throws Exception {
    TaskResource resource = resource(templateWith("!GetAtt ChargeFunction.Arn"));
    assertThat(resource.kind()).isEqualTo(Kind.PLACEHOLDER);
    Substitution substitution = resource.substitution().orElseThrow();
    assertThat(substitution.name()).isEqualTo("Target");
    assertThat(substitution.intrinsic()).map(Intrinsic::function).contains("Fn::GetAtt");
    assertThat(substitution.resourceType()).contains("AWS::Serverless::Function");
    assertThat(substitution.attribute()).contains("Arn");
    assertThat(substitution.literal()).isEmpty();
    assertThat(resource.isLambda()).isTrue();
  }

  @Test
  void everyFormOfNamingAFunctionIsALambda() throws Exception {
    for (String value : new String[] {
        "{\"Fn::GetAtt\": [PlainFunction, Arn]}", "!GetAtt [ChargeFunction, Arn]",
        "{\"Fn::GetAtt\": PlainFunction.Arn}", "!Ref PlainFunction", "{Ref: ChargeFunction}",
        "!Sub \"${ChargeFunction.Arn}\"",
        "!Sub \"arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:x\""}) {
      TaskResource resource = resource(templateWith(value));
      assertThat(resource.isLambda()).as(value).isTrue();
    }
  }

  @Test
  void intrinsicsNamingOtherThingsAreNotLambdas() throws Exception {
    for (String value : new String[] {
        "!GetAtt Orders.Arn", "!Ref Orders", "!GetAtt Missing.Arn", "!ImportValue Shared",
        "!Sub \"arn:aws:states:::sqs:sendMessage\"", "!GetAtt ChargeFunction.FunctionUrl"}) {
      TaskResource resource = resource(templateWith(value));
      assertThat(resource.kind()).as(value).isEqualTo(Kind.PLACEHOLDER);
      assertThat(resource.substitution()).as(value).isPresent();
      assertThat(resource.isLambda()).as(value).isFalse();
    }
    assertThat(resource(templateWith("!GetAtt Orders.Arn")).substitution()
        .flatMap(Substitution::resourceType)).contains("AWS::DynamoDB::Table");
    assertThat(resource(templateWith("!GetAtt Missing.Arn")).substitution()
        .flatMap(Substitution::resource)).isEmpty();
  }

  @Test
  void aLiteralFunctionArnIsSubstitutedAndParsed() throws Exception {
    TaskResource resource = resource(
        templateWith("arn:aws:lambda:us-east-1:123456789012:function:Charge"));
    assertThat(resource.kind()).isEqualTo(Kind.LAMBDA_FUNCTION);
    assertThat(resource.text()).contains("arn:aws:lambda:us-east-1:123456789012:function:Charge");
    assertThat(resource.isLambda()).isTrue();
  }

  @Test
  void anFnSubDefinitionResolvesResourceNamesItself() throws Exception {
    StateMachine machine = Machines.template("""
        Resources:
          ChargeFunction:
            Type: AWS::Lambda::Function
          Workflow:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              DefinitionString: !Sub |
                {"StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "${ChargeFunction.Arn}", "End": true}}}
        """);
    TaskResource resource = resource(machine);
    assertThat(resource.substitution().flatMap(Substitution::value)).isEmpty();
    assertThat(resource.substitution().flatMap(Substitution::resourceType))
        .contains("AWS::Lambda::Function");
    assertThat(resource.isLambda()).isTrue();
  }

  @Test
  void resourceIsOnlyParsedForTasks() throws Exception {
    StateMachine machine = Machines.json("""
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "Resource": "x", "End": true}}}
        """);
    assertThat(machine.statesNamed("P").get(0).task()).isEqualTo(Optional.empty());
  }
}
