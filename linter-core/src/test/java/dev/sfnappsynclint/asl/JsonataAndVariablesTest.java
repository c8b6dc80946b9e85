package dev.sfnappsynclint.asl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.asl.jsonata.JsonataExpression;
import dev.sfnappsynclint.asl.jsonata.JsonataExpressions;
import dev.sfnappsynclint.asl.jsonata.JsonataParser;
import dev.sfnappsynclint.asl.variables.JsonPathVariableReads;
import dev.sfnappsynclint.asl.variables.VariableAnalysis;
import dev.sfnappsynclint.asl.variables.VariableAnalysis.Verdict;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonataAndVariablesTest {

  @Test
  void deepNestingAndLongChainsAreLeftUncheckedNotCrashed() {
    String deep = "(".repeat(100_000) + "1" + ")".repeat(100_000);
    assertThat(JsonataParser.parse(deep)).isInstanceOf(JsonataParser.Unchecked.class);
    assertThat(JsonataParser.parse("1+".repeat(100_000) + "1"))
        .isInstanceOf(JsonataParser.Unchecked.class);
    assertThat(JsonataParser.parse("-".repeat(100_000) + "1"))
        .isInstanceOf(JsonataParser.Unchecked.class);
    assertThat(JsonataParser.parse("(".repeat(60) + "1" + ")".repeat(60)))
        .isInstanceOf(JsonataParser.Parsed.class);
  }

  @Test
  void syntaxErrorsCarryTheirPlaceAndPointIntoTheString() throws Exception {
    StateMachine machine = Machines.json("""
        {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
          "A": {"Type": "Pass", "Output": "{% $states.input.a + %}", "End": true}}}
        """);
    JsonataExpression expression = JsonataExpressions.of(machine).all().get(0);
    assertThat(expression.syntaxError()).isPresent();
    int offset = expression.syntaxError().get().offset();
    var location = expression.location(offset, 1);
    assertThat(location.range().start().line()).isEqualTo(2);
    assertThat(location.range().start().column())
        .isEqualTo(expression.node().range().start().column() + 3 + offset);
  }

  @Test
  void expressionFactsExcludeBoundNamesAndRelativeReferences() throws Exception {
    StateMachine machine = Machines.json("""
        {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
          "A": {"Type": "Pass", "Output":
            "{% ($f := function($v) { $v.x }; $map($states.input.items[price > $min], $f) ~> $cout()) & orderId & $states.result %}",
            "End": true}}}
        """);
    JsonataExpression expression = JsonataExpressions.of(machine).all().get(0);
    assertThat(expression.variableReads()).extracting(JsonataExpression.Reference::name)
        .containsExactly("min");
    assertThat(expression.calls()).extracting(JsonataExpression.Reference::name)
        .containsExactlyInAnyOrder("map", "cout");
    assertThat(expression.rootReferences()).extracting(JsonataExpression.Reference::name)
        .containsExactly("orderId");
    assertThat(expression.statesFields()).extracting(JsonataExpression.Reference::name)
        .containsExactlyInAnyOrder("input", "result");
  }

  @Test
  void jsonPathReadsComeFromPathsAndIntrinsicArguments() {
    assertThat(JsonPathVariableReads.in("$order.id")).extracting(JsonPathVariableReads.Read::name)
        .containsExactly("order");
    assertThat(JsonPathVariableReads.in("States.Format('{} $notme', $a, $$.Execution.Id, $b[0])"))
        .extracting(JsonPathVariableReads.Read::name).containsExactly("a", "b");
    assertThat(JsonPathVariableReads.in("$.order")).isEmpty();
    assertThat(JsonPathVariableReads.in("$$.Execution.Id")).isEmpty();
  }

  @Test
  void flowOverThousandsOfStatesStaysFast() throws Exception {
    int n = 3000;
    StringBuilder states = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String next = i + 1 < n ? "\"Next\": \"S" + (i + 1) + "\"" : "\"End\": true";
      states.append(i == 0 ? "" : ",").append("\"S").append(i).append("\": {\"Type\": \"Pass\", ")
          .append("\"Assign\": {\"v").append(i).append("\": \"{% $v").append(Math.max(0, i - 1))
          .append(" %}\"}, ").append(next).append("}");
    }
    StateMachine machine = Machines.json("{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"S0\", "
        + "\"States\": {" + states + "}}");
    long start = System.nanoTime();
    List<VariableAnalysis.CheckedRead> reads = VariableAnalysis.of(machine).checkedReads();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    assertThat(reads).hasSize(n);
    // S0 reads $v0, which only S0 itself assigns; every later state reads what the one before set.
    assertThat(reads.stream().filter(r -> r.verdict() == Verdict.NOT_ASSIGNED).count()).isEqualTo(1);
  }
}
