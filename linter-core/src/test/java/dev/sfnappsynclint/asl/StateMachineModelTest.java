package dev.sfnappsynclint.asl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.tree.JsonTreeReader;
import dev.sfnappsynclint.tree.TreeLimits;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateMachineModelTest {

  private static StateMachine machine(String json) throws Exception {
    SourceFile source = new SourceFile(Path.of("m.asl.json"), "m.asl.json", json);
    return StateMachineBuilder.build(source, "m", new JsonTreeReader(TreeLimits.DEFAULT, false)
        .read(source), WorkflowTypeSetting.DEFAULT);
  }

  private static List<String> names(List<State> states) {
    return states.stream().map(State::name).toList();
  }

  @Test
  void scopesAreRootThenBranchesThenProcessors() throws Exception {
    StateMachine machine = machine("""
        {"StartAt": "P", "States": {
          "P": {"Type": "Parallel", "Next": "M", "Branches": [
            {"StartAt": "B1", "States": {"B1": {"Type": "Succeed"}}},
            {"StartAt": "B2", "States": {"B2": {"Type": "Succeed"}}}]},
          "M": {"Type": "Map", "End": true, "ItemProcessor":
            {"StartAt": "I", "States": {"I": {"Type": "Pass", "End": true}}}}}}
        """);
    assertThat(machine.scopes()).extracting(Scope::describe).containsExactly(
        "the state machine", "branch 1 of Parallel state \"P\"",
        "branch 2 of Parallel state \"P\"", "the item processor of Map state \"M\"");
    assertThat(names(machine.states())).containsExactly("P", "M", "B1", "B2", "I");
    assertThat(machine.scopes().get(3).owner()).map(State::name).contains("M");
  }

  @Test
  void transitionsOfEveryKindAreResolvedWithinTheirScope() throws Exception {
    StateMachine machine = machine("""
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "r", "Next": "C",
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "F"}]},
          "C": {"Type": "Choice", "Choices": [{"Variable": "$.a", "IsPresent": true, "Next": "S"}],
                "Default": "Nowhere"},
          "S": {"Type": "Succeed"},
          "F": {"Type": "Fail"}}}
        """);
    State task = machine.rootScope().state("T").orElseThrow();
    assertThat(task.transitions()).extracting(Transition::kind)
        .containsExactly(Transition.Kind.NEXT, Transition.Kind.CATCH);
    State choice = machine.rootScope().state("C").orElseThrow();
    assertThat(choice.transitions()).extracting(Transition::kind, Transition::isResolved)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Transition.Kind.CHOICE, true),
            org.assertj.core.groups.Tuple.tuple(Transition.Kind.DEFAULT, false));
  }

  @Test
  void unreachableStatesIncludeCyclesThatNothingReaches() throws Exception {
    StateMachine machine = machine("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "Next": "B"},
          "B": {"Type": "Succeed"},
          "X": {"Type": "Pass", "Next": "Y"},
          "Y": {"Type": "Pass", "Next": "X"},
          "Z": {"Type": "Pass", "Next": "B"}}}
        """);
    assertThat(names(machine.rootScope().statesUnreachableFromStart()))
        .containsExactly("X", "Y", "Z");
  }

  @Test
  void catchEdgesReachAndExit() throws Exception {
    StateMachine machine = machine("""
        {"StartAt": "Drain", "States": {
          "Drain": {"Type": "Task", "Resource": "r", "Next": "Drain",
                    "Catch": [{"ErrorEquals": ["Empty"], "Next": "Done"}]},
          "Done": {"Type": "Succeed"}}}
        """);
    assertThat(machine.rootScope().statesUnreachableFromStart()).isEmpty();
    assertThat(machine.rootScope().loopsWithoutExit()).isEmpty();
  }

  @Test
  void aLoopIsReportedOnceFromWhereExecutionEntersIt() throws Exception {
    StateMachine machine = machine("""
        {"StartAt": "Submit", "States": {
          "Submit": {"Type": "Pass", "Next": "Route"},
          "Route": {"Type": "Choice", "Choices": [
              {"Variable": "$.a", "IsPresent": true, "Next": "Done"},
              {"Variable": "$.b", "IsPresent": true, "Next": "Lead in"}],
            "Default": "Poll"},
          "Lead in": {"Type": "Pass", "Next": "Wait"},
          "Poll": {"Type": "Pass", "Next": "Wait"},
          "Wait": {"Type": "Wait", "Seconds": 1, "Next": "Check"},
          "Check": {"Type": "Pass", "Next": "Poll"},
          "Done": {"Type": "Succeed"}}}
        """);
    List<List<State>> loops = machine.rootScope().loopsWithoutExit();
    assertThat(loops).hasSize(1);
    assertThat(names(loops.get(0))).containsExactly("Poll", "Wait", "Check", "Poll");
  }

  @Test
  void brokenTransitionsAreNotReportedAgainAsLoops() throws Exception {
    StateMachine machine = machine("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "Next": "B"},
          "B": {"Type": "Pass", "Next": "Typo"},
          "C": {"Type": "Succeed"}}}
        """);
    assertThat(machine.rootScope().loopsWithoutExit()).isEmpty();
  }

  @Test
  void queryLanguageComesFromTheStateElseTheTopLevelNotTheEnclosingState() throws Exception {
    StateMachine machine = machine("""
        {"QueryLanguage": "JSONata", "StartAt": "M", "States": {
          "M": {"Type": "Map", "QueryLanguage": "JSONPath", "End": true, "ItemProcessor":
            {"StartAt": "I", "States": {"I": {"Type": "Pass", "End": true}}}}}}
        """);
    assertThat(machine.queryLanguage()).isEqualTo(QueryLanguage.JSONATA);
    assertThat(machine.rootScope().state("M").orElseThrow().queryLanguage())
        .isEqualTo(QueryLanguage.JSONPATH);
    assertThat(machine.scopes().get(1).state("I").orElseThrow().queryLanguage())
        .isEqualTo(QueryLanguage.JSONATA);
  }

  @Test
  void malformedValuesAreLeftOutOfTheModel() throws Exception {
    StateMachine machine = machine("""
        {"StartAt": 1, "States": {"QueryLanguage": "JSONata", "A": {"Next": 2},
          "P": {"Type": "Parallel", "Branches": [1, {"StartAt": "X"}], "End": true}}}
        """);
    assertThat(names(machine.states())).containsExactly("A", "P");
    assertThat(machine.rootScope().start()).isEmpty();
    assertThat(machine.scopes()).hasSize(2);
    assertThat(machine.scopes().get(1).states()).isEmpty();
  }

  @Test
  void longChainsAndBigLoopsNeedNoRecursion() throws Exception {
    int count = 50_000;
    StringBuilder json = new StringBuilder("{\"StartAt\": \"S0\", \"States\": {");
    for (int i = 0; i < count; i++) {
      // A chain S0 → S1 → ... that loops back to S1 from the end: a 49,999-state loop.
      String next = i == count - 1 ? "S1" : "S" + (i + 1);
      json.append('"').append("S").append(i).append("\": {\"Type\": \"Pass\", \"Next\": \"")
          .append(next).append("\"},");
    }
    json.append("\"Done\": {\"Type\": \"Succeed\"}}}");
    StateMachine machine = machine(json.toString());
    assertThat(names(machine.rootScope().statesUnreachableFromStart())).containsExactly("Done");
    List<List<State>> loops = machine.rootScope().loopsWithoutExit();
    assertThat(loops).hasSize(1);
    assertThat(loops.get(0)).hasSize(count);
    assertThat(loops.get(0).get(0).name()).isEqualTo("S1");
  }
}
