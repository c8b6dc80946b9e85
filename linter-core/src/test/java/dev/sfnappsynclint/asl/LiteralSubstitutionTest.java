package dev.sfnappsynclint.asl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Literal DefinitionSubstitutions: rules see the value, findings point at the placeholder. */
class LiteralSubstitutionTest {

  private static final String SAM = """
      Transform: AWS::Serverless-2016-10-31
      Resources:
        Fn:
          Type: AWS::Serverless::Function
        Workflow:
          Type: AWS::Serverless::StateMachine
          Properties:
            DefinitionSubstitutions:
              StateType: Pass
              First: Start
              Retries: 3
              Interval: 2
              Flag: true
              FunctionName: charge
              Target: !GetAtt Fn.Arn
      %s
      """;

  private static ScalarNode typeNode(State state) {
    return (ScalarNode) state.node().get("Type").orElseThrow();
  }

  private static Placeholder placeholder(StateMachine machine, String name) {
    return machine.placeholders().stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow();
  }

  @Test
  void aLiteralStateTypeIsSeenAtThePlaceholdersPlace() throws Exception {
    StateMachine machine = Machines.template(SAM.formatted("""
              Definition:
                StartAt: A
                States:
                  A:
                    Type: ${StateType}
                    End: true
        """));
    State state = machine.rootScope().state("A").orElseThrow();
    assertThat(state.type()).contains(StateType.PASS);
    ScalarNode seen = typeNode(state);
    assertThat(seen.text()).isEqualTo("Pass");

    Placeholder written = placeholder(machine, "StateType");
    assertThat(seen.range()).isEqualTo(written.node().range());
    assertThat(seen.pointer()).isEqualTo(written.node().pointer())
        .isEqualTo("/Resources/Workflow/Properties/Definition/States/A/Type");
    assertThat(seen.source()).isSameAs(written.node().source());
    assertThat(machine.asWritten(seen)).isSameAs(written.node());
    assertThat(((ScalarNode) machine.asWritten(seen)).text()).isEqualTo("${StateType}");
    // The model is what Step Functions sees; the written tree keeps the placeholder.
    assertThat(((ObjectNode) machine.writtenRoot()).get("States")).isPresent();
    assertThat(machine.placeholders()).extracting(Placeholder::name).containsExactly("StateType");
  }

  @Test
  void keysAndPartsOfStringsAreSubstitutedAndIntrinsicsStayOpaque() throws Exception {
    StateMachine machine = Machines.template(SAM.formatted("""
              Definition:
                StartAt: ${First}
                States:
                  ${First}:
                    Type: Task
                    Resource: arn:aws:lambda:${AWS::Region}:123456789012:function:${FunctionName}
                    Next: Call
                  Call:
                    Type: Task
                    Resource: ${Target}
                    End: true
        """));
    assertThat(machine.rootScope().start()).map(State::name).contains("Start");
    assertThat(machine.rootScope().statesUnreachableFromStart()).isEmpty();
    TaskResource first = machine.statesNamed("Start").get(0).task().orElseThrow().resource()
        .orElseThrow();
    assertThat(first.text())
        .contains("arn:aws:lambda:${AWS::Region}:123456789012:function:charge");
    assertThat(first.resourceName()).contains("charge");
    TaskResource call = machine.statesNamed("Call").get(0).task().orElseThrow().resource()
        .orElseThrow();
    assertThat(call.kind()).isEqualTo(TaskResource.Kind.PLACEHOLDER);
    assertThat(call.text()).contains("${Target}");
    assertThat(call.isLambda()).isTrue();
    assertThat(machine.placeholders()).extracting(Placeholder::name)
        .containsExactly("First", "First", "AWS::Region", "FunctionName", "Target");
  }

  @Test
  void aBarePlaceholderInJsonTextBecomesTheScalarItsValueSpells() throws Exception {
    StateMachine machine = Machines.template(SAM.formatted("""
              DefinitionString: |
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "r",
                  "End": ${Flag}, "Retry": [{"ErrorEquals": ["States.ALL"],
                  "MaxAttempts": ${Retries}, "IntervalSeconds": "${Interval}"}]}}}
        """));
    State task = machine.statesNamed("T").get(0);
    Retrier retrier = task.retriers().get(0);
    FieldValue<Long> maxAttempts = retrier.maxAttempts().orElseThrow();
    assertThat(maxAttempts.value()).contains(3L);
    assertThat(((ScalarNode) maxAttempts.node()).kind()).isEqualTo(ScalarNode.Kind.NUMBER);
    assertThat(maxAttempts.node().range()).isEqualTo(placeholder(machine, "Retries").node().range());
    // Quoted in the text, the value stays a string: "2" is no integer.
    assertThat(retrier.intervalSeconds().orElseThrow().isMalformed()).isTrue();
    assertThat(task.hasEndTrue()).isTrue();
    assertThat(task.isTerminal()).isTrue();
  }

  @Test
  void aBarePlaceholderWhoseValueIsNoJsonScalarStaysOpaque() throws Exception {
    StateMachine machine = Machines.template(SAM.formatted("""
              DefinitionString: |
                {"StartAt": "A", "States": {"A": {"Type": ${StateType}, "End": true}}}
        """));
    // "Type": Pass is not JSON; what Step Functions makes of it is beyond the model.
    assertThat(typeNode(machine.statesNamed("A").get(0)).text()).isEqualTo("${StateType}");
  }

  @Test
  void inYamlAPlainPlaceholderIsAStringAndStaysOne() throws Exception {
    StateMachine machine = Machines.template(SAM.formatted("""
              Definition:
                StartAt: T
                States:
                  T:
                    Type: Task
                    Resource: r
                    End: true
                    Retry:
                      - ErrorEquals: [States.ALL]
                        MaxAttempts: ${Retries}
        """));
    FieldValue<Long> maxAttempts = machine.statesNamed("T").get(0).retriers().get(0)
        .maxAttempts().orElseThrow();
    assertThat(((ScalarNode) maxAttempts.node()).text()).isEqualTo("3");
    assertThat(((ScalarNode) maxAttempts.node()).kind()).isEqualTo(ScalarNode.Kind.STRING);
    assertThat(maxAttempts.isMalformed()).isTrue();
  }

  @Test
  void aDefinitionFileIsSubstitutedToo() throws Exception {
    String template = SAM.formatted("""
              DefinitionUri: statemachine/%s
        """);
    StateMachine json = Machines.template(template.formatted("flow.asl.json"), Map.of(
        "statemachine/flow.asl.json", """
            {"StartAt": "A", "States": {"A": {"Type": "${StateType}", "Next": "T"},
              "T": {"Type": "Task", "Resource": "r", "End": true,
                    "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": ${Retries}}]}}}
            """));
    assertThat(json.statesNamed("A").get(0).type()).contains(StateType.PASS);
    assertThat(json.statesNamed("T").get(0).retriers().get(0).maxAttempts().orElseThrow()
        .value()).contains(3L);
    assertThat(typeNode(json.statesNamed("A").get(0)).source().displayPath())
        .isEqualTo("statemachine/flow.asl.json");

    StateMachine yaml = Machines.template(template.formatted("flow.asl.yaml"), Map.of(
        "statemachine/flow.asl.yaml", """
            StartAt: A
            States:
              A:
                Type: ${StateType}
                End: true
            """));
    assertThat(yaml.statesNamed("A").get(0).type()).contains(StateType.PASS);
    assertThat(typeNode(yaml.statesNamed("A").get(0)).range())
        .isEqualTo(placeholder(yaml, "StateType").node().range());
  }

  @Test
  void fnSubResolvesItsOwnNamesFirst() throws Exception {
    StateMachine machine = Machines.template("""
        Parameters:
          StateType:
            Type: String
        Resources:
          Workflow:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              DefinitionSubstitutions:
                StateType: Pass
              DefinitionString: !Sub |
                {"StartAt": "A", "States": {"A": {"Type": "${StateType}", "End": true}}}
        """);
    assertThat(typeNode(machine.statesNamed("A").get(0)).text()).isEqualTo("${StateType}");
  }

  @Test
  void withoutLiteralSubstitutionsTheModelIsTheWrittenTree() throws Exception {
    StateMachine machine = Machines.template(SAM.formatted("""
              Definition:
                StartAt: A
                States:
                  A: {Type: Task, Resource: "${Target}", End: true}
        """));
    assertThat(machine.root()).isSameAs(machine.writtenRoot());
    Node resource = machine.statesNamed("A").get(0).node().get("Resource").orElseThrow();
    assertThat(machine.asWritten(resource)).isSameAs(resource);

    StateMachine standalone = Machines.json("""
        {"StartAt": "A", "States": {"A": {"Type": "${StateType}", "End": true}}}
        """);
    assertThat(standalone.root()).isSameAs(standalone.writtenRoot());
    assertThat(standalone.statesNamed("A").get(0).type()).isEmpty();
  }

  @Test
  void subtreesWithoutAPlaceholderAreShared() throws Exception {
    StateMachine machine = Machines.template(SAM.formatted("""
              Definition:
                StartAt: A
                States:
                  A: {Type: "${StateType}", Next: B}
                  B: {Type: Succeed, Comment: [x, y]}
        """));
    ObjectNode seen = (ObjectNode) machine.root();
    ObjectNode written = (ObjectNode) machine.writtenRoot();
    assertThat(seen).isNotSameAs(written);
    assertThat(seen.range()).isEqualTo(written.range());
    ObjectNode seenStates = (ObjectNode) seen.get("States").orElseThrow();
    ObjectNode writtenStates = (ObjectNode) written.get("States").orElseThrow();
    assertThat(seenStates.get("B").orElseThrow()).isSameAs(writtenStates.get("B").orElseThrow());
    assertThat(seenStates.get("A").orElseThrow()).isNotSameAs(writtenStates.get("A").orElseThrow());
  }
}
