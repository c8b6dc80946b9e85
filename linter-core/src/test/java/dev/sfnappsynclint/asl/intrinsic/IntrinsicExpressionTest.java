package dev.sfnappsynclint.asl.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.asl.intrinsic.IntrinsicArgument.Literal;
import dev.sfnappsynclint.asl.intrinsic.IntrinsicArgument.LiteralKind;
import dev.sfnappsynclint.asl.intrinsic.IntrinsicArgument.PathArgument;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntrinsicExpressionTest {

  /** Calls from the AWS guide's examples: valid, and no problem. */
  @ParameterizedTest
  @ValueSource(strings = {
      "States.Format('Hello, my name is {}.', $.name)",
      // The guide's nine-call example has three placeholders for two values; two here.
      "States.Format('{}.{}', States.ArrayGetItem(States.StringSplit(States.ArrayGetItem("
          + "States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 0), States.ArrayGetItem("
          + "States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), "
          + "2), '.'), 1))",
      "States.StringToJson($.escapedJsonString)",
      "States.JsonToString($.unescapedJson)",
      "States.Array('Foo', 2020, $.input, 120)",
      "States.ArrayPartition($.inputArray,4)",
      "States.ArrayContains($.inputArray, $.lookingFor)",
      "States.ArrayRange(1, 9, 2)",
      "States.ArrayGetItem($.inputArray, $.index)",
      "States.ArrayLength($.inputArray)",
      "States.ArrayUnique($.inputArray)",
      "States.Base64Encode($.input)",
      "States.Base64Decode($.base64)",
      "States.Hash($.Data, $.Algorithm)",
      "States.Hash('input data', 'SHA-1')",
      "States.JsonMerge($.json1, $.json2, false)",
      "States.MathRandom($.start, $.end)",
      "States.MathRandom(1, 999, 1234)",
      "States.MathAdd($.value1, $.step)",
      "States.MathAdd(111, -1)",
      "States.StringSplit($.inputString, $.splitter)",
      "States.StringSplit('1,2,3,4,5', ',')",
      "States.UUID()",
      "States.Format('{} {}', $$.Execution.Id, $myVar.name)",
      "States.Format('Escaped \\{\\} and \\' and \\\\ {}', $.a)",
      "States.Format('{}', $['a,b'])",
      "  States.Array( )  ",
      "States.Array(true, false, null, -1.5e3)",
      "States.ArrayGetItem($.items[?(@.ok == true)], 0)"})
  void validCalls(String text) {
    IntrinsicExpression expression = IntrinsicExpression.parse(text);
    assertThat(expression.error()).as(text).isEmpty();
    assertThat(expression.problems()).as(text).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "States.Format", "States.Format(", "States.Format('x)",
      "States.Format('{}', $.a", "States.Format('{}' $.a)", "States.Format('{}',)",
      "States.Array(,)", "States.Format(\"x\")", "States.Array(foo)", "States.Array(1.)",
      "States.Array($.a[)", "States.UUID() x", "(1)", "States.Array(1))", "States.Array('\\"})
  void syntaxErrors(String text) {
    IntrinsicExpression expression = IntrinsicExpression.parse(text);
    assertThat(expression.isValid()).as(text).isFalse();
    IntrinsicSyntaxError error = expression.error().orElseThrow();
    assertThat(error.start()).isBetween(0, text.length());
    assertThat(error.end()).isBetween(error.start(), text.length());
  }

  @Test
  void argumentsAreTyped() {
    IntrinsicCall call = IntrinsicExpression.parse("States.Format('It\\'s {}', $.a, "
        + "States.UUID(), 3, true, null)").call().orElseThrow();
    assertThat(call.name()).isEqualTo("States.Format");
    List<IntrinsicArgument> arguments = call.arguments();
    assertThat(arguments).hasSize(6);
    assertThat(((Literal) arguments.get(0)).value()).isEqualTo("It's {}");
    assertThat(((PathArgument) arguments.get(1)).path().text()).isEqualTo("$.a");
    assertThat(arguments.get(2)).isInstanceOf(IntrinsicCall.class);
    assertThat(((Literal) arguments.get(3)).kind()).isEqualTo(LiteralKind.NUMBER);
    assertThat(((Literal) arguments.get(4)).kind()).isEqualTo(LiteralKind.BOOLEAN);
    assertThat(((Literal) arguments.get(5)).kind()).isEqualTo(LiteralKind.NULL);
    assertThat(call.allCalls()).hasSize(2);
  }

  @Test
  void problems() {
    assertThat(messages("States.Fromat('{}', $.a)")).singleElement().asString()
        .contains("not an intrinsic function");
    assertThat(messages("States.UUID($.a)")).singleElement().asString()
        .contains("no arguments");
    assertThat(messages("States.Format('{} {}', $.a)")).singleElement().asString()
        .contains("2 {} placeholders but 1 value");
    assertThat(messages("States.Format('\\{}', $.a)")).singleElement().asString()
        .contains("0 {} placeholders");
    assertThat(messages("States.Hash($.a, 'SHA-999')")).singleElement().asString()
        .contains("SHA-256");
    assertThat(messages("States.Hash($.a, 'sha-256')")).isEmpty();
    assertThat(messages("States.ArrayRange(1, 9, 0)")).singleElement().asString()
        .contains("must not be 0");
    assertThat(messages("States.ArrayRange(0, 1000, 1)")).singleElement().asString()
        .contains("1001 items");
    assertThat(messages("States.ArrayRange(0, 999, 1)")).isEmpty();
    assertThat(messages("States.ArrayRange(10, 0, 1)")).isEmpty();
    assertThat(messages("States.ArrayRange('1', 9, 1)")).singleElement().asString()
        .contains("an integer");
    assertThat(messages("States.MathRandom(1)")).singleElement().asString()
        .contains("2 or 3 arguments");
    assertThat(messages("States.ArrayLength('abc')")).singleElement().asString()
        .contains("an array");
    assertThat(messages("States.JsonMerge($.a, $.b, true)")).singleElement().asString()
        .contains("shallowly");
    assertThat(messages("States.ArrayPartition($.a, 0)")).singleElement().asString()
        .contains("positive");
  }

  @Test
  void depthIsCountedWithoutRecursion() {
    int levels = 50_000;
    String deep = "States.Array(".repeat(levels) + ")".repeat(levels);
    IntrinsicExpression expression = IntrinsicExpression.parse(deep);
    assertThat(expression.isValid()).isTrue();
    assertThat(expression.depth()).isEqualTo(levels);
    assertThat(expression.call().orElseThrow().allCalls()).hasSize(levels);
    assertThat(IntrinsicExpression.parse("States.Array(".repeat(levels)).isValid()).isFalse();
  }

  @Test
  void looksLikeCall() {
    assertThat(IntrinsicExpression.looksLikeCall("States.Format('x')")).isTrue();
    assertThat(IntrinsicExpression.looksLikeCall("$.a")).isFalse();
    assertThat(IntrinsicExpression.looksLikeCall("hello world")).isFalse();
  }

  private static List<String> messages(String text) {
    IntrinsicExpression expression = IntrinsicExpression.parse(text);
    assertThat(expression.error()).as(text).isEmpty();
    return expression.problems().stream().map(IntrinsicProblem::message).toList();
  }
}
