package dev.sfnappsynclint.asl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Duration bounds of small graphs, each worked out by hand in a comment. */
class DurationAnalysisTest {

  private static List<String> names(List<State> states) {
    return states.stream().map(State::name).toList();
  }

  @Test
  void aSequenceAddsWaitsAndTimeouts() throws Exception {
    StateMachine machine = Machines.json("""
        {"StartAt": "W1", "States": {
          "W1": {"Type": "Wait", "Seconds": 10, "Next": "T"},
          "T": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "TimeoutSeconds": 20,
                "Next": "W2"},
          "W2": {"Type": "Wait", "Seconds": 30, "Next": "Done"},
          "Done": {"Type": "Succeed"}}}
        """);
    DurationAnalysis.ScopeBound bound = machine.durations().scope(machine.rootScope());
    // 10 + 20 + 30
    assertThat(bound.seconds()).isEqualTo(60.0);
    assertThat(names(bound.path())).containsExactly("W1", "T", "W2", "Done");
    assertThat(bound.throughLoop()).isFalse();
  }

  @Test
  void theHeaviestBranchOfAChoiceCounts() throws Exception {
    StateMachine machine = Machines.json("""
        {"StartAt": "Which", "States": {
          "Which": {"Type": "Choice", "Choices": [{"Variable": "$.a", "IsPresent": true, "Next": "A"}],
                    "Default": "B1"},
          "A": {"Type": "Wait", "Seconds": 100, "End": true},
          "B1": {"Type": "Wait", "Seconds": 50, "Next": "B2"},
          "B2": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "TimeoutSeconds": 70,
                 "End": true}}}
        """);
    DurationAnalysis.ScopeBound bound = machine.durations().scope(machine.rootScope());
    // A: 100; B1 → B2: 50 + 70 = 120
    assertThat(bound.seconds()).isEqualTo(120.0);
    assertThat(names(bound.path())).containsExactly("Which", "B1", "B2");
  }

  @Test
  void aParallelTakesItsLongestBranchOncePerAttemptPlusItsRetryWaits() throws Exception {
    StateMachine machine = Machines.json("""
        {"StartAt": "Fan", "States": {
          "Fan": {"Type": "Parallel", "Next": "After", "Branches": [
              {"StartAt": "P1", "States": {"P1": {"Type": "Wait", "Seconds": 40, "End": true}}},
              {"StartAt": "Q1", "States": {
                "Q1": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
                       "TimeoutSeconds": 30, "Next": "Q2"},
                "Q2": {"Type": "Wait", "Seconds": 20, "End": true}}}],
            "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 5, "MaxAttempts": 2,
                       "BackoffRate": 2}]},
          "After": {"Type": "Wait", "Seconds": 10, "End": true}}}
        """);
    DurationAnalysis analysis = machine.durations();
    State fan = machine.statesNamed("Fan").get(0);
    DurationAnalysis.StateBound bound = analysis.state(fan);
    // Branch 1: 40; branch 2: 30 + 20 = 50. Retry waits 5 + 10 = 15; 3 attempts: 50 × 3 + 15.
    assertThat(bound.childSeconds()).isEqualTo(50.0);
    assertThat(bound.attempts()).isEqualTo(3);
    assertThat(bound.seconds()).isEqualTo(165.0);
    assertThat(bound.slowestChild()).contains(fan.branches().get(1));
    // + 10
    assertThat(analysis.scope(machine.rootScope()).seconds()).isEqualTo(175.0);
  }

  @Test
  void aRetriedTaskTimesOutOncePerAttemptAndWaitsEveryRetriersSeries() throws Exception {
    StateMachine machine = Machines.json("""
        {"StartAt": "Charge", "States": {
          "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 60,
            "End": true, "Retry": [
              {"ErrorEquals": ["States.Timeout"], "IntervalSeconds": 2, "MaxAttempts": 3, "BackoffRate": 3},
              {"ErrorEquals": ["States.ALL"], "IntervalSeconds": 10, "MaxAttempts": 2, "BackoffRate": 1}]}}}
        """);
    DurationAnalysis.StateBound bound = machine.durations().state(machine.states().get(0));
    // Attempts: 1 + 3 + 2 = 6, each up to 60 s: 360. Waits: 2 + 6 + 18 = 26 and 10 + 10 = 20.
    assertThat(bound.attempts()).isEqualTo(6);
    assertThat(bound.seconds()).isEqualTo(406.0);
    assertThat(bound.parts()).extracting(DurationAnalysis.Part::seconds)
        .containsExactly(26.0, 20.0, 360.0);
    // Past five minutes at the Task itself.
    assertThat(machine.durations().crossing(machine.rootScope(), 300))
        .hasValueSatisfying(c -> {
          assertThat(c.state().name()).isEqualTo("Charge");
          assertThat(c.secondsBefore()).isEqualTo(0.0);
          assertThat(c.secondsAfter()).isEqualTo(406.0);
        });
  }

  @Test
  void anInlineMapTakesItsProcessorADistributedOneNothingButRunsChildExecutions()
      throws Exception {
    StateMachine machine = Machines.json("""
        {"StartAt": "Each", "States": {
          "Each": {"Type": "Map", "Next": "Many", "ItemProcessor": {"StartAt": "E1", "States": {
              "E1": {"Type": "Wait", "Seconds": 5, "Next": "E2"},
              "E2": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
                     "TimeoutSeconds": 10, "End": true}}}},
          "Many": {"Type": "Map", "End": true, "ItemProcessor": {
              "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
              "StartAt": "D1", "States": {"D1": {"Type": "Wait", "Seconds": 1000, "End": true}}}}}}
        """);
    DurationAnalysis analysis = machine.durations();
    // Each: 5 + 10; Many: its children are executions of their own.
    assertThat(analysis.state(machine.statesNamed("Each").get(0)).seconds()).isEqualTo(15.0);
    assertThat(analysis.state(machine.statesNamed("Many").get(0)).seconds()).isEqualTo(0.0);
    assertThat(analysis.scope(machine.rootScope()).seconds()).isEqualTo(15.0);
    Scope children = machine.statesNamed("Many").get(0).childScopes().get(0);
    assertThat(analysis.executions()).containsExactly(machine.rootScope(), children);
    assertThat(analysis.scope(children).seconds()).isEqualTo(1000.0);
    assertThat(children.workflowType().type()).isEqualTo(WorkflowType.EXPRESS);
  }

  @Test
  void aLoopCountsOnceMakesThePathUnboundedAndIsListedWithItsRound() throws Exception {
    StateMachine machine = Machines.json("""
        {"StartAt": "Start", "States": {
          "Start": {"Type": "Pass", "Next": "Poll"},
          "Poll": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "TimeoutSeconds": 5,
                   "Next": "Check"},
          "Check": {"Type": "Choice", "Choices": [{"Variable": "$.done", "BooleanEquals": true,
                    "Next": "Done"}], "Default": "Pause"},
          "Pause": {"Type": "Wait", "Seconds": 30, "Next": "Poll"},
          "Done": {"Type": "Succeed"}}}
        """);
    DurationAnalysis analysis = machine.durations();
    DurationAnalysis.ScopeBound bound = analysis.scope(machine.rootScope());
    // One round of Poll → Check → Pause: 5 + 0 + 30.
    assertThat(bound.seconds()).isEqualTo(35.0);
    assertThat(bound.throughLoop()).isTrue();
    assertThat(names(bound.path())).containsExactly("Start", "Poll", "Check", "Pause", "Done");
    assertThat(analysis.loops(machine.rootScope())).singleElement().satisfies(loop -> {
      // Shown from the Choice, where the decision to go round again is made.
      assertThat(names(loop.cycle())).containsExactly("Check", "Pause", "Poll");
      assertThat(loop.secondsPerRound()).isEqualTo(35.0);
      assertThat(loop.waitSecondsPerRound()).isEqualTo(30.0);
    });
  }

  @Test
  void aLoopWithoutAWayOutIsLeftToItsOwnRule() throws Exception {
    StateMachine machine = Machines.json("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Wait", "Seconds": 1, "Next": "B"},
          "B": {"Type": "Pass", "Next": "A"},
          "C": {"Type": "Succeed"}}}
        """);
    assertThat(machine.durations().loops(machine.rootScope())).isEmpty();
  }

  @Test
  void theCrossingIsTheStateInsideABranchThatPassesTheLimit() throws Exception {
    StateMachine machine = Machines.json("""
        {"StartAt": "First", "States": {
          "First": {"Type": "Wait", "Seconds": 100, "Next": "Fan"},
          "Fan": {"Type": "Parallel", "End": true, "Branches": [
            {"StartAt": "Short", "States": {"Short": {"Type": "Pass", "End": true}}},
            {"StartAt": "W1", "States": {
              "W1": {"Type": "Wait", "Seconds": 150, "Next": "W2"},
              "W2": {"Type": "Wait", "Seconds": 100, "End": true}}}]}}}
        """);
    // 100, then 150 (250), then 100 (350 > 300) inside branch 2.
    assertThat(machine.durations().crossing(machine.rootScope(), 300))
        .hasValueSatisfying(c -> {
          assertThat(c.state().name()).isEqualTo("W2");
          assertThat(c.secondsBefore()).isEqualTo(250.0);
          assertThat(c.secondsAfter()).isEqualTo(350.0);
        });
    assertThat(machine.durations().crossing(machine.rootScope(), 400)).isEmpty();
  }

  @Test
  void unknownValuesAddNothing() throws Exception {
    StateMachine machine = Machines.json("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Wait", "SecondsPath": "$.s", "Next": "B"},
          "B": {"Type": "Wait", "Timestamp": "2030-01-01T00:00:00Z", "Next": "C"},
          "C": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
                "TimeoutSeconds": "${Timeout}", "End": true}}}
        """);
    assertThat(machine.durations().scope(machine.rootScope()).seconds()).isEqualTo(0.0);
  }

  @Test
  void durationsAreWrittenForPeople() {
    assertThat(DurationAnalysis.describe(45)).isEqualTo("45 s");
    assertThat(DurationAnalysis.describe(420)).isEqualTo("7 min");
    assertThat(DurationAnalysis.describe(406)).isEqualTo("6 min 46 s");
    assertThat(DurationAnalysis.describe(12_000)).isEqualTo("3 h 20 min");
    assertThat(DurationAnalysis.describe(2 * 86400 + 4 * 3600)).isEqualTo("2 days 4 h");
    assertThat(DurationAnalysis.describe(99_999_999)).isEqualTo("3.2 years");
  }
}
