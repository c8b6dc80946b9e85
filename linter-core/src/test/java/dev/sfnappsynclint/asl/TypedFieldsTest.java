package dev.sfnappsynclint.asl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.asl.FieldValue.Form;
import dev.sfnappsynclint.tree.Member;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypedFieldsTest {

  private static State state(String statesJson) throws Exception {
    return state(statesJson, "JSONPath");
  }

  private static State state(String statesJson, String language) throws Exception {
    return Machines.json("{\"QueryLanguage\": \"" + language + "\", \"StartAt\": \"S\", "
        + "\"States\": {\"S\": " + statesJson + "}}").statesNamed("S").get(0);
  }

  private static <T> FieldValue<T> field(Optional<FieldValue<T>> field) {
    return field.orElseThrow();
  }

  @Test
  void taskTimeoutsAreIntegersAndAFractionIsMalformed() throws Exception {
    TaskFields task = state("""
        {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "End": true,
         "TimeoutSeconds": 300, "HeartbeatSeconds": 1.5}
        """).task().orElseThrow();
    assertThat(field(task.timeoutSeconds()).form()).isEqualTo(Form.VALUE);
    assertThat(field(task.timeoutSeconds()).value()).contains(300L);
    assertThat(field(task.heartbeatSeconds()).isMalformed()).isTrue();
    assertThat(field(task.heartbeatSeconds()).value()).isEmpty();
    assertThat(task.timeoutSecondsPath()).isEmpty();
    assertThat(task.credentials()).isEmpty();
  }

  @Test
  void integralNumbersAreExactAndOtherTypesAreMalformed() throws Exception {
    TaskFields task = state("""
        {"Type": "Task", "Resource": "r", "End": true,
         "TimeoutSeconds": 9007199254740993, "HeartbeatSeconds": "60"}
        """).task().orElseThrow();
    // Beyond a double's exactness, still exact.
    assertThat(field(task.timeoutSeconds()).value()).contains(9007199254740993L);
    assertThat(field(task.heartbeatSeconds()).isMalformed()).isTrue();
    TaskFields huge = state("""
        {"Type": "Task", "Resource": "r", "End": true, "TimeoutSeconds": 1e30,
         "HeartbeatSeconds": 2.0}
        """).task().orElseThrow();
    assertThat(field(huge.timeoutSeconds()).isMalformed()).isTrue();
    assertThat(field(huge.heartbeatSeconds()).value()).contains(2L);
  }

  @Test
  void pathVariantsAreStrings() throws Exception {
    TaskFields task = state("""
        {"Type": "Task", "Resource": "r", "End": true,
         "TimeoutSecondsPath": "$.timeout", "HeartbeatSecondsPath": 30}
        """).task().orElseThrow();
    assertThat(field(task.timeoutSecondsPath()).value()).contains("$.timeout");
    assertThat(field(task.heartbeatSecondsPath()).isMalformed()).isTrue();
    assertThat(task.timeoutSeconds()).isEmpty();
  }

  @Test
  void placeholdersAreOpaqueValuesOfTheExpectedType() throws Exception {
    // The reader quotes a bare placeholder so the JSON parses.
    TaskFields task = state("""
        {"Type": "Task", "Resource": "r", "End": true,
         "TimeoutSeconds": ${Timeout}, "HeartbeatSeconds": "${Beat}"}
        """).task().orElseThrow();
    assertThat(field(task.timeoutSeconds()).form()).isEqualTo(Form.PLACEHOLDER);
    assertThat(field(task.timeoutSeconds()).placeholderName()).contains("Timeout");
    assertThat(field(task.timeoutSeconds()).isKnown()).isFalse();
    assertThat(field(task.heartbeatSeconds()).isPlaceholder()).isTrue();
    assertThat(field(task.heartbeatSeconds()).placeholderName()).contains("Beat");
  }

  @Test
  void jsonataExpressionsAreOpaqueOnlyInJsonataStates() throws Exception {
    String task = """
        {"Type": "Task", "Resource": "r", "End": true,
         "TimeoutSeconds": "{% $states.input.timeout %}", "HeartbeatSeconds": "{% 60 %}"}
        """;
    TaskFields jsonata = state(task, "JSONata").task().orElseThrow();
    assertThat(field(jsonata.timeoutSeconds()).form()).isEqualTo(Form.EXPRESSION);
    assertThat(field(jsonata.heartbeatSeconds()).isExpression()).isTrue();
    TaskFields jsonPath = state(task, "JSONPath").task().orElseThrow();
    assertThat(field(jsonPath.timeoutSeconds()).isMalformed()).isTrue();
    // The state's own language counts.
    TaskFields own = state(task.replace("\"End\": true", "\"End\": true, \"QueryLanguage\": \"JSONata\""))
        .task().orElseThrow();
    assertThat(field(own.timeoutSeconds()).isExpression()).isTrue();
  }

  @Test
  void credentialsWithRoleArnOrItsPath() throws Exception {
    TaskFields withPath = state("""
        {"Type": "Task", "Resource": "r", "End": true, "Credentials": {"RoleArn.$": "$.role"}}
        """).task().orElseThrow();
    TaskFields.Credentials credentials = withPath.credentials().orElseThrow();
    assertThat(credentials.hasRoleArn()).isTrue();
    assertThat(credentials.roleArn()).isEmpty();
    assertThat(credentials.roleArnPath()).map(Member::name).contains("RoleArn.$");
    assertThat(credentials.node().pointer()).isEqualTo("/States/S/Credentials");

    TaskFields empty = state("""
        {"Type": "Task", "Resource": "r", "End": true, "Credentials": {}}
        """).task().orElseThrow();
    assertThat(empty.credentials().orElseThrow().hasRoleArn()).isFalse();
    TaskFields direct = state("""
        {"Type": "Task", "Resource": "r", "End": true, "Credentials": {"RoleArn": "arn:r"}}
        """).task().orElseThrow();
    assertThat(direct.credentials().orElseThrow().roleArn()).isPresent();
  }

  @Test
  void retriersHaveTypedFieldsAndTheirIndex() throws Exception {
    State state = state("""
        {"Type": "Task", "Resource": "r", "End": true, "Retry": [
          {"ErrorEquals": ["Lambda.ServiceException", "States.TaskFailed"], "IntervalSeconds": 2,
           "MaxAttempts": 6, "BackoffRate": 1.5, "MaxDelaySeconds": 60, "JitterStrategy": "FULL"},
          "not a retrier",
          {"ErrorEquals": "States.ALL", "MaxAttempts": 2.5, "BackoffRate": "2",
           "JitterStrategy": "PARTIAL"}]}
        """);
    List<Retrier> retriers = state.retriers();
    assertThat(retriers).extracting(Retrier::index).containsExactly(0, 2);
    Retrier first = retriers.get(0);
    assertThat(first.errors()).extracting(e -> e.value().orElseThrow())
        .containsExactly("Lambda.ServiceException", "States.TaskFailed");
    assertThat(field(first.intervalSeconds()).value()).contains(2L);
    assertThat(field(first.maxAttempts()).value()).contains(6L);
    assertThat(field(first.backoffRate()).value()).contains(new BigDecimal("1.5"));
    assertThat(field(first.maxDelaySeconds()).value()).contains(60L);
    assertThat(field(first.jitterStrategy()).value()).contains(JitterStrategy.FULL);
    assertThat(first.node().pointer()).isEqualTo("/States/S/Retry/0");

    Retrier last = retriers.get(1);
    assertThat(field(last.errorEquals()).isMalformed()).isTrue();
    assertThat(last.errors()).isEmpty();
    assertThat(field(last.maxAttempts()).isMalformed()).isTrue();
    assertThat(field(last.backoffRate()).isMalformed()).isTrue();
    assertThat(field(last.jitterStrategy()).isMalformed()).isTrue();
    assertThat(last.intervalSeconds()).isEmpty();
  }

  @Test
  void retrierPlaceholders() throws Exception {
    Retrier retrier = state("""
        {"Type": "Task", "Resource": "r", "End": true, "Retry": [
          {"ErrorEquals": ["${Error}", 5], "MaxAttempts": ${Retries}, "BackoffRate": "${Rate}"}]}
        """).retriers().get(0);
    assertThat(retrier.errors()).extracting(FieldValue::form)
        .containsExactly(Form.PLACEHOLDER, Form.MALFORMED);
    assertThat(field(retrier.maxAttempts()).placeholderName()).contains("Retries");
    assertThat(field(retrier.backoffRate()).isPlaceholder()).isTrue();
  }

  @Test
  void catchersHaveTypedFieldsAndTheirIndex() throws Exception {
    State state = state("""
        {"Type": "Parallel", "End": true, "Branches": [], "Catch": [
          {"ErrorEquals": ["States.ALL"], "Next": "Recover", "ResultPath": null,
           "Output": {"a": 1}, "Assign": {"failed": true}},
          {"ErrorEquals": ["States.Timeout"], "Next": 3}]}
        """);
    List<Catcher> catchers = state.catchers();
    assertThat(catchers).extracting(Catcher::index).containsExactly(0, 1);
    Catcher first = catchers.get(0);
    assertThat(first.errors()).extracting(e -> e.value().orElseThrow())
        .containsExactly("States.ALL");
    assertThat(field(first.next()).value()).contains("Recover");
    assertThat(first.resultPath()).map(Object::toString).contains("null");
    assertThat(first.output()).isPresent();
    assertThat(first.assign()).isPresent();
    assertThat(field(catchers.get(1).next()).isMalformed()).isTrue();
    assertThat(catchers.get(1).resultPath()).isEmpty();
  }

  @Test
  void onlyTaskParallelAndMapHaveRetriersAndCatchers() throws Exception {
    String handlers = "\"Retry\": [{\"ErrorEquals\": [\"States.ALL\"]}], "
        + "\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"S\"}]";
    State pass = state("{\"Type\": \"Pass\", \"End\": true, " + handlers + "}");
    assertThat(pass.retriers()).isEmpty();
    assertThat(pass.catchers()).isEmpty();
    State map = state("{\"Type\": \"Map\", \"End\": true, " + handlers + "}");
    assertThat(map.retriers()).hasSize(1);
    assertThat(map.catchers()).hasSize(1);
    State notArray = state("{\"Type\": \"Task\", \"Resource\": \"r\", \"End\": true, "
        + "\"Retry\": {}}");
    assertThat(notArray.retriers()).isEmpty();
  }

  @Test
  void mapModesDefaultToInline() throws Exception {
    MapFields bare = state("""
        {"Type": "Map", "End": true, "ItemProcessor": {"StartAt": "I", "States": {}}}
        """).map().orElseThrow();
    assertThat(bare.mode()).isEmpty();
    assertThat(bare.effectiveMode()).contains(ProcessorMode.INLINE);
    assertThat(bare.isInline()).isTrue();
    assertThat(bare.usesIterator()).isFalse();

    MapFields distributed = state("""
        {"Type": "Map", "End": true, "ItemProcessor": {
          "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
          "StartAt": "I", "States": {}}}
        """).map().orElseThrow();
    assertThat(distributed.isDistributed()).isTrue();
    assertThat(field(distributed.executionType()).value()).contains(WorkflowType.EXPRESS);
    assertThat(distributed.processorConfig()).isPresent();

    MapFields legacy = state("""
        {"Type": "Map", "End": true, "Iterator": {
          "ProcessorConfig": {"Mode": "DISTRIBUTED"}, "StartAt": "I", "States": {}}}
        """).map().orElseThrow();
    assertThat(legacy.usesIterator()).isTrue();
    assertThat(legacy.isInline()).isTrue();
    assertThat(legacy.processor()).map(Member::name).contains("Iterator");

    MapFields wrong = state("""
        {"Type": "Map", "End": true, "ItemProcessor": {
          "ProcessorConfig": {"Mode": "distributed", "ExecutionType": "express"},
          "StartAt": "I", "States": {}}}
        """).map().orElseThrow();
    assertThat(field(wrong.mode()).isMalformed()).isTrue();
    assertThat(wrong.effectiveMode()).isEmpty();
    assertThat(wrong.isInline()).isFalse();
    assertThat(wrong.isDistributed()).isFalse();
    assertThat(field(wrong.executionType()).isMalformed()).isTrue();

    MapFields hidden = state("""
        {"Type": "Map", "End": true, "ItemProcessor": {
          "ProcessorConfig": {"Mode": "${Mode}"}, "StartAt": "I", "States": {}}}
        """).map().orElseThrow();
    assertThat(field(hidden.mode()).isPlaceholder()).isTrue();
    assertThat(hidden.effectiveMode()).isEmpty();
  }

  @Test
  void mapFieldsOfADistributedMap() throws Exception {
    MapFields map = state("""
        {"Type": "Map", "End": true, "Label": "Batch",
         "ItemReader": {"Resource": "arn:aws:states:::s3:getObject"},
         "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject"},
         "ItemBatcher": {"MaxItemsPerBatch": 10},
         "Parameters": {"x.$": "$"}, "ItemsPath": "$.items",
         "MaxConcurrency": 100, "MaxConcurrencyPath": "$.c",
         "ToleratedFailurePercentage": 5.5, "ToleratedFailurePercentagePath": "$.p",
         "ToleratedFailureCount": 1.5, "ToleratedFailureCountPath": "$.n",
         "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
           "StartAt": "I", "States": {}}}
        """).map().orElseThrow();
    assertThat(map.itemReader()).isPresent();
    assertThat(map.resultWriter()).isPresent();
    assertThat(map.itemBatcher()).isPresent();
    assertThat(map.itemSelector()).map(Member::name).contains("Parameters");
    assertThat(field(map.itemsPath()).value()).contains("$.items");
    assertThat(map.items()).isEmpty();
    assertThat(field(map.maxConcurrency()).value()).contains(100L);
    assertThat(field(map.maxConcurrencyPath()).value()).contains("$.c");
    assertThat(field(map.toleratedFailurePercentage()).value()).contains(new BigDecimal("5.5"));
    assertThat(field(map.toleratedFailurePercentagePath()).value()).contains("$.p");
    assertThat(field(map.toleratedFailureCount()).isMalformed()).isTrue();
    assertThat(field(map.toleratedFailureCountPath()).value()).contains("$.n");
    assertThat(field(map.label()).value()).contains("Batch");
  }

  @Test
  void jsonataMapFields() throws Exception {
    MapFields map = state("""
        {"Type": "Map", "End": true, "Items": "{% $states.input.list %}",
         "ItemSelector": {"v": "{% $states.context.Map.Item.Value %}"},
         "MaxConcurrency": "{% $states.input.n %}", "ToleratedFailureCount": "{% 3 %}",
         "ItemProcessor": {"StartAt": "I", "States": {}}}
        """, "JSONata").map().orElseThrow();
    assertThat(map.items()).isPresent();
    assertThat(map.itemSelector()).map(Member::name).contains("ItemSelector");
    assertThat(field(map.maxConcurrency()).isExpression()).isTrue();
    assertThat(field(map.toleratedFailureCount()).isExpression()).isTrue();
  }

  @Test
  void waitExposesEveryWayOfWaitingThatIsWritten() throws Exception {
    WaitFields seconds = state("""
        {"Type": "Wait", "Seconds": 10, "End": true}
        """).waitFields().orElseThrow();
    assertThat(field(seconds.seconds()).value()).contains(10L);
    assertThat(seconds.specified()).extracting(Member::name).containsExactly("Seconds");
    assertThat(seconds.timestamp()).isEmpty();

    WaitFields several = state("""
        {"Type": "Wait", "TimestampPath": "$.at", "Seconds": "10",
         "Timestamp": "2016-03-14T01:59:00Z", "SecondsPath": "$.s", "End": true}
        """).waitFields().orElseThrow();
    assertThat(several.specified()).extracting(Member::name)
        .containsExactly("TimestampPath", "Seconds", "Timestamp", "SecondsPath");
    assertThat(field(several.seconds()).isMalformed()).isTrue();
    assertThat(field(several.timestamp()).value()).contains("2016-03-14T01:59:00Z");
    assertThat(field(several.secondsPath()).value()).contains("$.s");
    assertThat(field(several.timestampPath()).value()).contains("$.at");

    WaitFields none = state("""
        {"Type": "Wait", "End": true}
        """).waitFields().orElseThrow();
    assertThat(none.specified()).isEmpty();

    WaitFields jsonata = state("""
        {"Type": "Wait", "Seconds": "{% $states.input.delay %}", "End": true}
        """, "JSONata").waitFields().orElseThrow();
    assertThat(field(jsonata.seconds()).isExpression()).isTrue();
  }

  @Test
  void typedFieldsBelongToTheirStateType() throws Exception {
    State pass = state("""
        {"Type": "Pass", "Seconds": 5, "ItemsPath": "$", "TimeoutSeconds": 3, "End": true}
        """);
    assertThat(pass.task()).isEmpty();
    assertThat(pass.map()).isEmpty();
    assertThat(pass.waitFields()).isEmpty();
    assertThat(pass.branches()).isEmpty();
    State parallel = state("""
        {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}, 1,
          {"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}]}
        """);
    assertThat(parallel.branches()).hasSize(2);
    assertThat(parallel.branches().get(1).describe()).isEqualTo("branch 3 of Parallel state \"S\"");
  }

  @Test
  void failStatesRaiseALiteralErrorOrOneKnownOnlyAtRunTime() throws Exception {
    FailFields literal = state("""
        {"Type": "Fail", "Error": "Payment.Declined", "Cause": "card declined"}
        """).failFields().orElseThrow();
    assertThat(literal.literalError()).contains("Payment.Declined");
    assertThat(field(literal.cause()).value()).contains("card declined");
    assertThat(literal.errorPath()).isEmpty();

    FailFields path = state("""
        {"Type": "Fail", "ErrorPath": "$.error", "CausePath": "$.cause"}
        """).failFields().orElseThrow();
    assertThat(path.literalError()).isEmpty();
    assertThat(field(path.errorPath()).value()).contains("$.error");

    FailFields jsonata = state("""
        {"Type": "Fail", "Error": "{% $states.input.error %}"}
        """, "JSONata").failFields().orElseThrow();
    assertThat(field(jsonata.error()).isExpression()).isTrue();
    assertThat(jsonata.literalError()).isEmpty();

    FailFields placeholder = state("""
        {"Type": "Fail", "Error": "${ErrorName}"}
        """).failFields().orElseThrow();
    assertThat(field(placeholder.error()).isPlaceholder()).isTrue();
    assertThat(placeholder.literalError()).isEmpty();

    assertThat(state("{\"Type\": \"Pass\", \"Error\": \"E\", \"End\": true}").failFields())
        .isEmpty();
  }

  @Test
  void retriersAndCatchersAreErrorHandlers() throws Exception {
    State task = state("""
        {"Type": "Task", "Resource": "r", "End": true,
         "Retry": [{"ErrorEquals": ["A", "B"]}],
         "Catch": [{"Next": "S"}, {"ErrorEquals": "A", "Next": "S"}]}
        """);
    ErrorHandler retrier = task.retriers().get(0);
    assertThat(retrier.kind()).isEqualTo("Retrier");
    assertThat(retrier.errors()).extracting(e -> e.value().orElseThrow()).containsExactly("A", "B");
    ErrorHandler missing = task.catchers().get(0);
    assertThat(missing.kind()).isEqualTo("Catcher");
    assertThat(missing.errorEquals()).isEmpty();
    assertThat(missing.errors()).isEmpty();
    ErrorHandler notArray = task.catchers().get(1);
    assertThat(notArray.index()).isEqualTo(1);
    assertThat(field(notArray.errorEquals()).isMalformed()).isTrue();
    assertThat(notArray.errors()).isEmpty();
  }

  @Test
  void nestedStatesAreEveryStateOfTheScopesInside() throws Exception {
    StateMachine machine = Machines.json("""
        {"StartAt": "Outer", "States": {
          "Outer": {"Type": "Parallel", "End": true, "Branches": [
            {"StartAt": "Each", "States": {
              "Each": {"Type": "Map", "End": true, "ItemProcessor": {"StartAt": "Deep", "States": {
                "Deep": {"Type": "Fail", "Error": "Deep.Failure"}}}}}},
            {"StartAt": "Second", "States": {"Second": {"Type": "Succeed"}}}]},
          "Sibling": {"Type": "Fail", "Error": "Sibling.Failure"}}}
        """);
    State outer = machine.statesNamed("Outer").get(0);
    assertThat(outer.nestedStates()).extracting(State::name)
        .containsExactly("Each", "Second", "Deep");
    assertThat(machine.statesNamed("Each").get(0).nestedStates()).extracting(State::name)
        .containsExactly("Deep");
    assertThat(machine.statesNamed("Sibling").get(0).nestedStates()).isEmpty();
  }
}
