package dev.sfnappsynclint.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.sfnappsynclint.asl.path.PathField;
import dev.sfnappsynclint.asl.path.PathFields;
import dev.sfnappsynclint.asl.payload.DynamicValue;
import dev.sfnappsynclint.asl.payload.EvaluatedString;
import dev.sfnappsynclint.asl.payload.PayloadTemplate;
import dev.sfnappsynclint.asl.payload.TemplateMember;
import dev.sfnappsynclint.tree.SyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The path fields and payload templates the model finds in JSONPath states. */
class PathsAndTemplatesTest {

  private static final String MACHINE = """
      {
        "StartAt": "Route",
        "States": {
          "Route": {
            "Type": "Choice",
            "Choices": [
              { "And": [ { "Not": { "Variable": "$.a", "StringEqualsPath": "$.b" } } ],
                "Assign": { "x.$": "$.x" }, "Next": "Work" }
            ],
            "Default": "Work"
          },
          "Work": {
            "Type": "Task",
            "Resource": "arn:aws:states:::lambda:invoke",
            "InputPath": "$.in",
            "Parameters": { "p.$": "$.p", "nested": [ { "q.$": "States.UUID()" } ], "r": 1 },
            "ResultSelector": { "s.$": "neither" },
            "ResultPath": "$.out",
            "TimeoutSecondsPath": "$.t",
            "Catch": [ { "ErrorEquals": ["States.ALL"], "ResultPath": "$.err",
                         "Assign": { "e.$": "$.Error" }, "Next": "Fail" } ],
            "Next": "Later"
          },
          "Later": { "Type": "Pass", "QueryLanguage": "JSONata", "Output": { "o.$": 1 },
                     "Next": "Fail" },
          "Fail": { "Type": "Fail", "ErrorPath": "States.Format('{}', $.e)", "CausePath": "$.c" }
        }
      }
      """;

  @Test
  void pathFieldsWithTheirKinds() throws SyntaxException {
    StateMachine machine = Machines.json(MACHINE);
    assertThat(PathFields.of(machine.statesNamed("Route").get(0)))
        .extracting(PathField::field, PathField::kind)
        .containsExactly(tuple("Variable", PathField.Kind.PATH),
            tuple("StringEqualsPath", PathField.Kind.PATH));
    assertThat(PathFields.of(machine.statesNamed("Work").get(0)))
        .extracting(PathField::field, PathField::kind, PathField::where)
        .containsExactly(
            tuple("InputPath", PathField.Kind.PATH,
                "state \"Work\""),
            tuple("ResultPath", PathField.Kind.REFERENCE_PATH,
                "state \"Work\""),
            tuple("TimeoutSecondsPath",
                PathField.Kind.REFERENCE_PATH, "state \"Work\""),
            tuple("ResultPath", PathField.Kind.REFERENCE_PATH,
                "Catcher #1 of state \"Work\""));
    assertThat(PathFields.of(machine.statesNamed("Later").get(0))).isEmpty();
    assertThat(PathFields.of(machine.statesNamed("Fail").get(0))).extracting(PathField::kind)
        .containsOnly(PathField.Kind.REFERENCE_PATH_OR_INTRINSIC);
  }

  @Test
  void payloadTemplatesAndEvaluatedStrings() throws SyntaxException {
    StateMachine machine = Machines.json(MACHINE);
    State work = machine.statesNamed("Work").get(0);
    List<PayloadTemplate> templates = PayloadTemplate.of(work);
    assertThat(templates).extracting(PayloadTemplate::field, PayloadTemplate::where)
        .containsExactly(
            tuple("Parameters", "state \"Work\""),
            tuple("ResultSelector", "state \"Work\""),
            tuple("Assign", "Catcher #1 of state \"Work\""));
    assertThat(templates.get(0).members()).extracting(TemplateMember::name)
        .containsExactly("p.$", "nested", "r", "q.$");
    assertThat(EvaluatedString.of(work)).extracting(e -> e.value().form())
        .containsExactly(DynamicValue.Form.PATH, DynamicValue.Form.INTRINSIC,
            DynamicValue.Form.NEITHER, DynamicValue.Form.PATH);
    assertThat(PayloadTemplate.of(machine.statesNamed("Route").get(0)))
        .extracting(PayloadTemplate::where).containsExactly("Choice rule #1 of state \"Route\"");
    assertThat(PayloadTemplate.of(machine.statesNamed("Later").get(0))).isEmpty();
    assertThat(EvaluatedString.of(machine.statesNamed("Fail").get(0)))
        .extracting(EvaluatedString::field).containsExactly("ErrorPath");
  }
}
