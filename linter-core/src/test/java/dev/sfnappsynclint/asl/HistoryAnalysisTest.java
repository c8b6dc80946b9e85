package dev.sfnappsynclint.asl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** History event estimates, each worked out by hand from the per-state counts in the class doc. */
class HistoryAnalysisTest {

  private static final String POLLING = """
      {%s"StartAt": "Submit", "States": {
        "Submit": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:glue:startJobRun", "Next": "Pause"},
        "Pause": {"Type": "Wait", "Seconds": 60, "Next": "Status"},
        "Status": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:glue:getJobRun", "Next": "Done?"},
        "Done?": {"Type": "Choice", "Choices": [{"Variable": "$.state", "StringEquals": "SUCCEEDED",
                  "Next": "Finished"}], "Default": "Pause"},
        "Finished": {"Type": "Succeed"}}}
      """;

  @Test
  void aPollingLoopHasEventsPerRoundAndTheRoundsLeftBeforeTheLimit() throws Exception {
    StateMachine machine = Machines.json(POLLING.formatted(""));
    HistoryAnalysis history = machine.history();
    // Execution 2, Submit 5, Pause 2, Status 5, Done? 2, Finished 2.
    assertThat(history.execution(machine.rootScope())).isEqualTo(18);
    assertThat(history.loops()).singleElement().satisfies(loop -> {
      assertThat(loop.cycle()).extracting(State::name).containsExactly("Done?", "Pause", "Status");
      // 2 + 5 + 2 per round; (25,000 - 18) / 9.
      assertThat(loop.eventsPerRound()).isEqualTo(9);
      assertThat(loop.roundsToLimit()).isEqualTo(2775);
      assertThat(loop.roundBound()).isEmpty();
      assertThat(loop.secondsPerRound()).isEqualTo(60.0);
    });
  }

  @Test
  void theMachinesTimeoutBoundsTheRoundsWhenEveryRoundWaits() throws Exception {
    StateMachine machine = Machines.json(POLLING.formatted("\"TimeoutSeconds\": 3600, "));
    // At most 3600 / 60 rounds started, and one more begun.
    assertThat(machine.history().loops()).singleElement()
        .satisfies(loop -> assertThat(loop.roundBound()).isEqualTo(OptionalLong.of(61)));
  }

  @Test
  void aRoundThatCanSkipTheWaitHasNoBound() throws Exception {
    StateMachine machine = Machines.json("""
        {"TimeoutSeconds": 3600, "StartAt": "Check", "States": {
          "Check": {"Type": "Choice", "Choices": [
              {"Variable": "$.fast", "BooleanEquals": true, "Next": "Check"},
              {"Variable": "$.slow", "BooleanEquals": true, "Next": "Pause"}], "Default": "Done"},
          "Pause": {"Type": "Wait", "Seconds": 10, "Next": "Check"},
          "Done": {"Type": "Succeed"}}}
        """);
    assertThat(machine.history().loops()).singleElement()
        .satisfies(loop -> assertThat(loop.roundBound()).isEmpty());
  }

  @Test
  void tasksParallelsAndMapsCountTheirEventsAndRetriesTheirWorstCase() throws Exception {
    StateMachine machine = Machines.json("""
        {"StartAt": "Fan", "States": {
          "Fan": {"Type": "Parallel", "Next": "Each", "Branches": [
            {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource":
                "arn:aws:states:::ecs:runTask.sync", "End": true}}},
            {"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}]},
          "Each": {"Type": "Map", "Next": "Flaky", "ItemProcessor": {"StartAt": "E", "States": {
              "E": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "Next": "F"},
              "F": {"Type": "Pass", "End": true}}}},
          "Flaky": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "End": true,
            "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 10000}]}}}
        """);
    HistoryAnalysis history = machine.history();
    // Fan: 4 + (6 with TaskSubmitted) + 2.
    assertThat(history.state(machine.statesNamed("Fan").get(0)).nominal()).isEqualTo(12);
    // Each, one item: 4 + 2 + 5 + 2.
    assertThat(history.state(machine.statesNamed("Each").get(0)).nominal()).isEqualTo(13);
    // Flaky: 5, and 3 more per retry: 5 + 30,000.
    HistoryAnalysis.StateEvents flaky = history.state(machine.statesNamed("Flaky").get(0));
    assertThat(flaky.nominal()).isEqualTo(5);
    assertThat(flaky.worstCase()).isEqualTo(30_005);
    assertThat(history.scope(machine.rootScope()).worstCase()).isEqualTo(12 + 13 + 30_005);
    // Per item 2 + 5 + 2; the execution, 2 + 12 + 13 + 5 = 32, leaves (25,000 - 32) / 9 + 1.
    assertThat(history.inlineMaps()).singleElement().satisfies(map -> {
      assertThat(map.eventsPerItem()).isEqualTo(9);
      assertThat(map.items()).isEmpty();
      assertThat(map.itemCapacity()).isEqualTo(2775);
    });
  }

  @Test
  void aDistributedMapsChildrenHaveHistoriesOfTheirOwn() throws Exception {
    StateMachine machine = Machines.json("""
        {"StartAt": "Many", "States": {
          "Many": {"Type": "Map", "End": true, "ItemProcessor": {
              "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
              "StartAt": "D", "States": {"D": {"Type": "Pass", "End": true}}}}}}
        """);
    HistoryAnalysis history = machine.history();
    Scope children = machine.states().get(0).childScopes().get(0);
    // Parent: 2 + 4; child: 2 + 2.
    assertThat(history.execution(machine.rootScope())).isEqualTo(6);
    assertThat(history.execution(children)).isEqualTo(4);
    assertThat(history.inlineMaps()).isEmpty();
  }

  @Test
  void itemsWrittenAsAnArrayAreCounted() throws Exception {
    StateMachine machine = Machines.json("""
        {"QueryLanguage": "JSONata", "StartAt": "Each", "States": {
          "Each": {"Type": "Map", "Items": [1, 2, 3], "End": true, "ItemProcessor": {
              "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}
        """);
    assertThat(machine.history().inlineMaps()).singleElement()
        .satisfies(map -> assertThat(map.items()).isEqualTo(OptionalLong.of(3)));
  }
}
