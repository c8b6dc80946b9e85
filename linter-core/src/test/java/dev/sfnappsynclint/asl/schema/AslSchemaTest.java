package dev.sfnappsynclint.asl.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.asl.schema.SchemaViolation.Kind;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.tree.JsonTreeReader;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.TreeLimits;
import dev.sfnappsynclint.tree.YamlTreeReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AslSchemaTest {

  private static List<SchemaViolation> validate(String json) throws Exception {
    SourceFile source = new SourceFile(Path.of("m.asl.json"), "m.asl.json", json);
    return AslSchema.validate(new JsonTreeReader(TreeLimits.DEFAULT, false).read(source));
  }

  private static String machine(String state) {
    return "{\"StartAt\": \"S\",\n \"States\": {\"S\": " + state + "}}";
  }

  @Test
  void aTypoInARetrierIsAnUnknownFieldAtItsKeyWithTheAllowedNames() throws Exception {
    List<SchemaViolation> found = validate(machine("""
        {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f",
         "Retry": [{"ErrorEquals": ["States.ALL"],
                    "MaxAttempt": 3}],
         "End": true}"""));
    assertThat(found).hasSize(1);
    SchemaViolation violation = found.get(0);
    assertThat(violation.kind()).isEqualTo(Kind.UNKNOWN_FIELD);
    assertThat(violation.field()).isEqualTo("MaxAttempt");
    assertThat(violation.expected()).contains("MaxAttempts", "IntervalSeconds");
    assertThat(violation.message()).isEqualTo("Unknown field \"MaxAttempt\" in a retrier.");
    assertThat(violation.node().range().start().line()).isEqualTo(4);
    assertThat(violation.node().range().start().column()).isEqualTo(13);
  }

  @Test
  void aFieldOfAnotherStateTypeSaysWhichTypesHaveIt() throws Exception {
    List<SchemaViolation> found = validate(machine("""
        {"Type": "Pass", "TimeoutSeconds": 5, "End": true}"""));
    assertThat(found).singleElement().satisfies(v -> {
      assertThat(v.kind()).isEqualTo(Kind.UNKNOWN_FIELD);
      assertThat(v.message()).isEqualTo(
          "TimeoutSeconds is not a field of a Pass state; only Task states have it.");
    });
  }

  @Test
  void missingConflictingAndInvalidFields() throws Exception {
    List<SchemaViolation> found = validate(machine("""
        {"Type": "Task", "TimeoutSeconds": "ten", "HeartbeatSeconds": 5,
         "HeartbeatSecondsPath": "$.beat", "End": true}"""));
    assertThat(found).extracting(SchemaViolation::kind).containsExactlyInAnyOrder(
        Kind.MISSING_FIELD, Kind.INVALID_VALUE, Kind.CONFLICTING_FIELDS);
    assertThat(found).extracting(SchemaViolation::message).contains(
        "A Task state needs Resource.",
        "TimeoutSeconds must be an integer; found a string \"ten\".",
        "HeartbeatSeconds and HeartbeatSecondsPath cannot both be set in a Task state; keep one.");
    SchemaViolation missing = found.stream().filter(v -> v.kind() == Kind.MISSING_FIELD)
        .findFirst().orElseThrow();
    assertThat(missing.node().range().start().line()).isEqualTo(2); // the state's name
  }

  @Test
  void waitNeedsOneOfItsFourFieldsAndCredentialsARole() throws Exception {
    assertThat(validate(machine("{\"Type\": \"Wait\", \"End\": true}")))
        .extracting(SchemaViolation::message)
        .containsExactly("A Wait state needs one of Seconds, SecondsPath, Timestamp, TimestampPath.");
    assertThat(validate(machine("""
        {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Credentials": {},
         "End": true}"""))).extracting(SchemaViolation::kind).containsExactly(Kind.MISSING_FIELD);
  }

  @Test
  void placeholdersExpressionsAndIntrinsicsAreNeverJudged() throws Exception {
    assertThat(validate(machine("""
        {"Type": "Task", "Resource": {"Fn::GetAtt": ["F", "Arn"]},
         "TimeoutSeconds": "${Timeout}", "HeartbeatSeconds": "{% $beat %}", "End": true}""")))
        .isEmpty();
  }

  @Test
  void aStateNameOverEightyCharactersIsReportedAtTheName() throws Exception {
    String name = "N".repeat(81);
    List<SchemaViolation> found = validate("{\"StartAt\": \"" + name + "\", \"States\": {\""
        + name + "\": {\"Type\": \"Succeed\"}}}");
    assertThat(found).singleElement().satisfies(v -> {
      assertThat(v.kind()).isEqualTo(Kind.STATE_NAME_TOO_LONG);
      assertThat(v.node().range().start().column()).isEqualTo(1 + ("{\"StartAt\": \"" + name
          + "\", \"States\": {").length());
    });
  }

  @Test
  void yamlValuesAreValidatedLikeJson() throws Exception {
    SourceFile source = new SourceFile(Path.of("m.asl.yaml"), "m.asl.yaml", """
        StartAt: S
        States:
          S:
            Type: Map
            ItemProcessor:
              ProcessorConfig:
                Mode: DISTRIBUTED
              StartAt: P
              States:
                P: {Type: Succeed}
            End: true
        """);
    Node root = new YamlTreeReader(TreeLimits.DEFAULT).read(source);
    assertThat(AslSchema.validate(root)).singleElement().satisfies(v -> {
      assertThat(v.message()).isEqualTo(
          "ProcessorConfig needs ExecutionType (STANDARD or EXPRESS) when Mode is DISTRIBUTED.");
      assertThat(v.node().range().start().line()).isEqualTo(6);
    });
  }

  @Test
  void aDefinitionInsideATemplateIsLocatedInTheTemplate() throws Exception {
    SourceFile source = new SourceFile(Path.of("template.yaml"), "template.yaml", """
        Resources:
          Machine:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              Definition:
                StartAt: S
                States:
                  S:
                    Type: Pass
                    Resultpath: $.x
                    End: true
        """);
    Node definition = ((dev.sfnappsynclint.tree.ObjectNode) new YamlTreeReader(TreeLimits.DEFAULT)
        .read(source)).get("Resources").flatMap(r -> ((dev.sfnappsynclint.tree.ObjectNode) r)
            .get("Machine")).flatMap(m -> ((dev.sfnappsynclint.tree.ObjectNode) m)
            .get("Properties")).flatMap(p -> ((dev.sfnappsynclint.tree.ObjectNode) p)
            .get("Definition")).orElseThrow();
    assertThat(AslSchema.validate(definition)).singleElement().satisfies(v -> {
      assertThat(v.kind()).isEqualTo(Kind.UNKNOWN_FIELD);
      assertThat(v.node().range().start().line()).isEqualTo(10);
    });
  }

  @Test
  void statesInBranchesAndItemProcessorsAreValidatedAgainstTheirType() throws Exception {
    String json = """
        {"StartAt": "Fan", "Unknown": 1,
         "States": {
          "Fan": {"Type": "Parallel", "End": true, "Branches": [
            {"StartAt": "Each", "States": {
              "Each": {"Type": "Map", "End": true, "MaxConcurency": 2,
                "ItemProcessor": {"StartAt": "Wait", "States": {
                  "Wait": {"Type": "Wait", "Seconds": "5", "End": true}}},
                "Iterator": {"StartAt": "Old", "States": {
                  "Old": {"Type": "Pass", "TimeoutSeconds": 1, "End": true}}}}}},
            {"StartAt": "Odd", "States": {
              "Odd": {"Type": "Sleep", "Whatever": true},
              "Fine": {"Type": "Succeed"}}}]}}}""";
    List<SchemaViolation> found = validate(json);
    assertThat(found).extracting(v -> v.node().range().start().line() + ":" + v.field())
        .containsExactly("1:Unknown", "5:MaxConcurency", "7:Seconds", "8:Iterator",
            "9:TimeoutSeconds");
    // The dispatch by Type in code reports what the whole published schema reports.
    var whole = com.networknt.schema.SchemaRegistry
        .withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_2020_12)
        .getSchema(AslSchemaTest.class.getResourceAsStream("asl.schema.json"));
    var errors = whole.validate(json, com.networknt.schema.InputFormat.JSON);
    assertThat(errors).extracting(e -> dev.sfnappsynclint.tree.SchemaInstances.pointer(
        e.getInstanceLocation()) + " " + e.getKeyword() + " " + e.getProperty())
        .containsExactlyInAnyOrder(
            " additionalProperties Unknown",
            "/States/Fan/Branches/0/States/Each additionalProperties MaxConcurency",
            "/States/Fan/Branches/0/States/Each/ItemProcessor/States/Wait/Seconds type null",
            "/States/Fan/Branches/0/States/Each/Iterator/States/Old additionalProperties "
                + "TimeoutSeconds",
            "/States/Fan/Branches/0/States/Each not null");
  }

  private static List<SchemaViolation> validateYaml(String yaml) throws Exception {
    SourceFile source = new SourceFile(Path.of("m.asl.yaml"), "m.asl.yaml", yaml);
    return AslSchema.validate(new YamlTreeReader(TreeLimits.DEFAULT).read(source));
  }

  @Test
  void nothingInsideATaggedOrIntrinsicContainerIsJudged() throws Exception {
    String state = "{Type: Pass, End: true, Bogus: 1}";
    assertThat(validateYaml("StartAt: P\nStates:\n  P:\n    Type: Parallel\n    End: true\n"
        + "    Branches:\n      - !Custom {StartAt: A, States: {A: " + state + "}}\n")).isEmpty();
    assertThat(validateYaml("StartAt: M\nStates:\n  M:\n    Type: Map\n    End: true\n"
        + "    ItemProcessor: !Custom {StartAt: A, States: {A: " + state + "}}\n")).isEmpty();
    assertThat(validateYaml("StartAt: A\nStates: !Custom {A: " + state + "}\n")).isEmpty();
    assertThat(validateYaml("StartAt: A\nStates: {A: " + state + "}\n"))
        .extracting(SchemaViolation::field).containsExactly("Bogus");
  }

  @Test
  void aStateNameWrittenTwiceIsValidatedOnceAsTheLastState() throws Exception {
    assertThat(validate("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "End": true, "Bogus": 1},
          "A": {"Type": "Pass", "End": true}}}""")).isEmpty();
    assertThat(validate("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "End": true},
          "A": {"Type": "Pass", "End": true, "Bogus": 1}}}"""))
        .extracting(SchemaViolation::field).containsExactly("Bogus");
  }

  @Test
  void aTaggedTypeIsValidatedByItsText() throws Exception {
    assertThat(validateYaml("StartAt: A\nStates:\n  A: {Type: !Sub Pass, End: true, Bogus: 1}\n"))
        .extracting(SchemaViolation::field).containsExactly("Bogus");
  }

  @Test
  void theSchemaIsCompiledOnce() {
    assertThat(AslSchema.compiled()).isSameAs(AslSchema.compiled());
  }
}
