package dev.sfnappsynclint.asl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What each scope runs as: its query language and its workflow type. */
class ScopeSettingsTest {

  private static Scope scope(StateMachine machine, String description) {
    return machine.scopes().stream().filter(s -> s.describe().equals(description)).findFirst()
        .orElseThrow(() -> new AssertionError("no scope " + description + " in "
            + machine.scopes()));
  }

  private static final String NESTED = """
      {"QueryLanguage": "%s", "StartAt": "Outer", "States": {
        "Outer": {"Type": "Map", "End": true, "QueryLanguage": "JSONPath",
          "ItemProcessor": {
            "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
            "StartAt": "Fan", "States": {
              "Fan": {"Type": "Parallel", "End": true, "Branches": [
                {"StartAt": "Inner", "States": {
                  "Inner": {"Type": "Map", "End": true, "ItemProcessor": {
                    "StartAt": "Leaf", "States": {"Leaf": {"Type": "Succeed"}}}}}}]}}}},
        "Inline": {"Type": "Map", "End": true, "ItemProcessor": {
          "ProcessorConfig": {"Mode": "INLINE", "ExecutionType": "EXPRESS"},
          "StartAt": "X", "States": {"X": {"Type": "Succeed"}}}},
        "Standard": {"Type": "Map", "End": true, "ItemProcessor": {
          "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
          "StartAt": "Y", "States": {"Y": {"Type": "Succeed"}}}},
        "Unreadable": {"Type": "Map", "End": true, "ItemProcessor": {
          "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "${Type}"},
          "StartAt": "Z", "States": {"Z": {"Type": "Succeed"}}}}}}
      """;

  @Test
  void aDistributedMapRunsItsProcessorAndEverythingInsideAsItsExecutionType() throws Exception {
    WorkflowTypeSetting machineType = new WorkflowTypeSetting(WorkflowType.STANDARD,
        "Type of Workflow in template.yaml:7");
    StateMachine machine = Machines.json(NESTED.formatted("JSONPath"), machineType);
    assertThat(machine.rootScope().workflowType()).isEqualTo(machineType);

    WorkflowTypeSetting express = new WorkflowTypeSetting(WorkflowType.EXPRESS,
        "ExecutionType of Map state \"Outer\"");
    assertThat(scope(machine, "the item processor of Map state \"Outer\"").workflowType())
        .isEqualTo(express);
    assertThat(scope(machine, "branch 1 of Parallel state \"Fan\"").workflowType())
        .isEqualTo(express);
    assertThat(scope(machine, "the item processor of Map state \"Inner\"").workflowType())
        .isEqualTo(express);

    // An inline Map's ExecutionType changes nothing.
    assertThat(scope(machine, "the item processor of Map state \"Inline\"").workflowType())
        .isEqualTo(machineType);
    assertThat(scope(machine, "the item processor of Map state \"Standard\"").workflowType())
        .isEqualTo(new WorkflowTypeSetting(WorkflowType.STANDARD,
            "ExecutionType of Map state \"Standard\""));
    // A type the linter cannot read: the scope runs as its parent does.
    assertThat(scope(machine, "the item processor of Map state \"Unreadable\"").workflowType())
        .isEqualTo(machineType);
  }

  @Test
  void anExpressMachineKeepsItsTypeInsideInlineMaps() throws Exception {
    WorkflowTypeSetting express = new WorkflowTypeSetting(WorkflowType.EXPRESS, "--workflow-type");
    StateMachine machine = Machines.json("""
        {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "Iterator": {
          "StartAt": "I", "States": {"I": {"Type": "Succeed"}}}}}}
        """, express);
    assertThat(machine.scopes()).extracting(Scope::workflowType).containsExactly(express, express);
  }

  @Test
  void everyScopeHasTheTopLevelLanguageAndEveryStateItsOwnOrThat() throws Exception {
    StateMachine jsonata = Machines.json(NESTED.formatted("JSONata"));
    assertThat(jsonata.scopes()).isNotEmpty()
        .allSatisfy(s -> assertThat(s.queryLanguage()).isEqualTo(QueryLanguage.JSONATA));
    assertThat(jsonata.statesNamed("Outer").get(0).queryLanguage())
        .isEqualTo(QueryLanguage.JSONPATH);
    // Inside the JSONPath Map, states still inherit the top level.
    assertThat(jsonata.statesNamed("Fan").get(0).queryLanguage())
        .isEqualTo(QueryLanguage.JSONATA);

    StateMachine jsonPath = Machines.json(NESTED.formatted("JSONPath"));
    assertThat(jsonPath.scopes())
        .allSatisfy(s -> assertThat(s.queryLanguage()).isEqualTo(QueryLanguage.JSONPATH));

    StateMachine unset = Machines.json("""
        {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}
        """);
    assertThat(unset.rootScope().queryLanguage()).isEqualTo(QueryLanguage.JSONPATH);
  }
}
