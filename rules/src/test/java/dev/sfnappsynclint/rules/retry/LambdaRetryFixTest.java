package dev.sfnappsynclint.rules.retry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.finding.LintResult;
import dev.sfnappsynclint.frontend.FixPasses;
import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.lint.Linter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The suggested fix of ASL027, applied to files written in different styles: afterwards the
 * rule reports nothing, every file still parses, and each file holds the same data as before
 * plus exactly the retriers the fix added (compared with Jackson, which knows nothing of the
 * linter's trees).
 */
class LambdaRetryFixTest {

  private static final Linter LINTER = new Linter(Linter.defaultRegistry());
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final ObjectMapper YAML = YAMLMapper.builder().build();
  private static final Set<String> TRANSIENT =
      Set.copyOf(LambdaWithoutTransientRetry.TRANSIENT_ERRORS);

  @TempDir
  Path work;

  static Stream<Arguments> styles() {
    return Stream.of(
        Arguments.of("JSON, 2 spaces, no Retry, Lambda tasks in a Parallel branch and a Map",
            Map.of("flow.asl.json", """
                {
                  "Comment": "JSON.stringify(definition, null, 2)",
                  "StartAt": "Charge",
                  "States": {
                    "Charge": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::lambda:invoke",
                      "OutputPath": "$.Payload",
                      "Parameters": {
                        "FunctionName": "arn:aws:lambda:eu-west-1:123456789012:function:charge",
                        "Payload.$": "$"
                      },
                      "Next": "Fan out"
                    },
                    "Fan out": {
                      "Type": "Parallel",
                      "Branches": [
                        {
                          "StartAt": "Email",
                          "States": {
                            "Email": {
                              "Type": "Task",
                              "Resource": "arn:aws:lambda:eu-west-1:123456789012:function:email",
                              "End": true
                            }
                          }
                        },
                        {
                          "StartAt": "Each",
                          "States": {
                            "Each": {
                              "Type": "Map",
                              "ItemsPath": "$.items",
                              "ItemProcessor": {
                                "ProcessorConfig": { "Mode": "INLINE" },
                                "StartAt": "Pack",
                                "States": {
                                  "Pack": {
                                    "Type": "Task",
                                    "Resource": "arn:aws:states:::lambda:invoke",
                                    "Parameters": { "FunctionName": "pack" },
                                    "End": true
                                  }
                                }
                              },
                              "End": true
                            }
                          }
                        }
                      ],
                      "End": true
                    }
                  }
                }
                """)),
        Arguments.of("JSON, 4 spaces, a partial Retry and a Catch, inline lists",
            Map.of("flow.asl.json", """
                {
                    "StartAt": "Charge",
                    "States": {
                        "Charge": {
                            "Type": "Task",
                            "Resource": "arn:aws:lambda:eu-west-1:123456789012:function:charge",
                            "Retry": [
                                {
                                    "ErrorEquals": ["Lambda.ServiceException", "Lambda.AWSLambdaException"],
                                    "IntervalSeconds": 2,
                                    "MaxAttempts": 6,
                                    "BackoffRate": 2
                                }
                            ],
                            "Catch": [
                                {
                                    "ErrorEquals": ["States.ALL"],
                                    "Next": "Failed"
                                }
                            ],
                            "Next": "Ship"
                        },
                        "Ship": {
                            "Type": "Task",
                            "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                            "Parameters": {
                                "FunctionName": "ship",
                                "Payload": { "token.$": "$$.Task.Token" }
                            },
                            "TimeoutSeconds": 3600,
                            "Catch": [
                                {
                                    "ErrorEquals": ["States.ALL"],
                                    "Next": "Failed"
                                }
                            ],
                            "End": true
                        },
                        "Failed": {
                            "Type": "Fail"
                        }
                    }
                }""")),
        Arguments.of("JSON, one-line states, and a retrier that switches the errors off first",
            Map.of("flow.asl.json", """
                {
                  "StartAt": "A",
                  "States": {
                    "A": { "Type": "Task", "Resource": "arn:aws:lambda:eu-west-1:123456789012:function:a", "Next": "B" },
                    "B": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": { "FunctionName": "b" }, "Retry": [ { "ErrorEquals": [ "States.ALL" ], "MaxAttempts": 0 } ], "Next": "C" },
                    "C": {"Type": "Task", "Resource": "arn:aws:lambda:eu-west-1:123456789012:function:c", "Retry": [{"ErrorEquals": ["Lambda.Unknown"]}], "End": true}
                  }
                }
                """)),
        Arguments.of("JSON, tabs and CRLF line breaks",
            Map.of("flow.asl.json", "{\r\n\t\"StartAt\": \"A\",\r\n\t\"States\": {\r\n"
                + "\t\t\"A\": {\r\n\t\t\t\"Type\": \"Task\",\r\n"
                + "\t\t\t\"Resource\": \"arn:aws:lambda:eu-west-1:123456789012:function:a\",\r\n"
                + "\t\t\t\"End\": true\r\n\t\t}\r\n\t}\r\n}\r\n")),
        Arguments.of("YAML block, 2 spaces, no Retry, a Parallel branch",
            Map.of("flow.asl.yaml", """
                StartAt: Charge
                States:
                  Charge:
                    Type: Task
                    Resource: arn:aws:states:::lambda:invoke
                    Parameters:
                      FunctionName: charge
                      Payload.$: $
                    Next: Fan out
                  Fan out:
                    Type: Parallel
                    Branches:
                      - StartAt: Email
                        States:
                          Email:
                            Type: Task
                            Resource: arn:aws:lambda:eu-west-1:123456789012:function:email
                            End: true
                    Catch:
                      - ErrorEquals: [States.ALL]
                        Next: Failed
                    End: true
                  Failed:
                    Type: Fail
                """)),
        Arguments.of("YAML block, 4 spaces, indentless sequences, an existing Retry",
            Map.of("flow.asl.yaml", """
                StartAt: Charge
                States:
                    Charge:
                        Type: Task
                        Resource: arn:aws:lambda:eu-west-1:123456789012:function:charge
                        Retry:
                        - ErrorEquals:
                          - Lambda.TooManyRequestsException
                          IntervalSeconds: 5
                        Next: Ship
                    Ship:
                        Type: Task
                        Resource: arn:aws:states:::lambda:invoke
                        Parameters:
                            FunctionName: ship
                        # The last state, and no line break at the end of the file
                        End: true""")),
        Arguments.of("YAML flow: the definition written as JSON in a .asl.yaml",
            Map.of("flow.asl.yaml", """
                {
                  "StartAt": "A",
                  "States": {
                    "A": {"Type": "Task", "Resource": "arn:aws:lambda:eu-west-1:123456789012:function:a", "Next": "B"},
                    "B": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::lambda:invoke",
                      "Parameters": {"FunctionName": "b"},
                      "End": true
                    }
                  }
                }
                """)),
        Arguments.of("YAML flow mappings and a flow Retry in block style",
            Map.of("flow.asl.yaml", """
                StartAt: A
                States:
                  A: {Type: Task, Resource: "arn:aws:lambda:eu-west-1:123456789012:function:a", Next: B}
                  B:
                    Type: Task
                    Resource: arn:aws:states:::lambda:invoke
                    Parameters: {FunctionName: b}
                    Retry: [{ErrorEquals: [States.Timeout], MaxAttempts: 1}]
                    End: true
                """)),
        Arguments.of("A template's Definition, with !GetAtt of an AWS::Serverless::Function",
            Map.of("template.yaml", """
                AWSTemplateFormatVersion: "2010-09-09"
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  ChargeFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.12
                      CodeUri: src/
                  Workflow:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      DefinitionSubstitutions:
                        ChargeFunctionArn: !GetAtt ChargeFunction.Arn
                      Definition:
                        StartAt: Charge
                        States:
                          Charge:
                            Type: Task
                            Resource: ${ChargeFunctionArn}
                            End: true
                """)),
        Arguments.of("A template's DefinitionUri file",
            Map.of("template.yaml", """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  ChargeFunction:
                    Type: AWS::Lambda::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.12
                      Role: arn:aws:iam::123456789012:role/charge
                      Code:
                        ZipFile: "def handler(event, context): return event"
                  Workflow:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      DefinitionUri: statemachine/order.asl.json
                      DefinitionSubstitutions:
                        ChargeFunctionArn: !Ref ChargeFunction
                """, "statemachine/order.asl.json", """
                {
                  "StartAt": "Charge",
                  "States": {
                    "Charge": {
                      "Type": "Task",
                      "Resource": "${ChargeFunctionArn}",
                      "End": true
                    }
                  }
                }
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("styles")
  void theFixAddsTheRetrierAndNothingElse(String style, Map<String, String> files)
      throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = work.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
    }
    LintRequest request = LintRequest.builder(work).path(Path.of(".")).build();
    List<Finding> found = asl027(LINTER.lint(request));
    assertThat(found).as("findings before fixing").isNotEmpty()
        .allSatisfy(f -> assertThat(f.fix()).as("fix of %s", f.message()).isPresent());

    FixPasses.Outcome outcome = FixPasses.run(work, () -> LINTER.lint(request));

    assertThat(outcome.applied()).isEqualTo(found.size());
    LintResult after = outcome.result();
    assertThat(after.notifications()).isEmpty();
    assertThat(after.findings()).as("ASL027 and ASL000 after fixing")
        .filteredOn(f -> f.ruleId().equals("ASL027") || f.ruleId().equals("ASL000"))
        .isEmpty();
    int added = 0;
    for (Map.Entry<String, String> file : files.entrySet()) {
      ObjectMapper mapper = file.getKey().endsWith(".json") ? JSON : YAML;
      JsonNode before = mapper.readTree(file.getValue());
      String fixedText = Files.readString(work.resolve(file.getKey()), StandardCharsets.UTF_8);
      JsonNode fixed = mapper.readTree(fixedText);
      added += removeAddedRetriers(fixed);
      assertThat(fixed).as("%s without the added retriers", file.getKey()).isEqualTo(before);
      if (file.getValue().contains("\r\n")) {
        assertThat(fixedText.replace("\r\n", "")).as("only CRLF line breaks")
            .doesNotContain("\n");
      }
    }
    assertThat(added).as("retriers added").isEqualTo(found.size());
  }

  @Test
  void aDefinitionStringGetsAFindingButNoFix() throws IOException {
    Files.writeString(work.resolve("template.json"), """
        {
          "Resources": {
            "Workflow": {
              "Type": "AWS::StepFunctions::StateMachine",
              "Properties": {
                "RoleArn": "arn:aws:iam::123456789012:role/sfn",
                "DefinitionString": "{\\"StartAt\\": \\"A\\", \\"States\\": {\\"A\\": {\\"Type\\": \\"Task\\", \\"Resource\\": \\"arn:aws:lambda:eu-west-1:123456789012:function:a\\", \\"End\\": true}}}"
              }
            }
          }
        }
        """);
    List<Finding> found = asl027(LINTER.lint(LintRequest.builder(work).path(Path.of("."))
        .build()));
    assertThat(found).singleElement().satisfies(f -> assertThat(f.fix()).isEmpty());
  }

  @Test
  void yamlAnchorsAndAliasesGetAFindingButNoFix() throws IOException {
    Files.writeString(work.resolve("flow.asl.yaml"), """
        StartAt: A
        States:
          A: &lambda
            Type: Task
            Resource: arn:aws:lambda:eu-west-1:123456789012:function:a
            Next: B
          B:
            <<: *lambda
            Next: C
          C:
            Type: Task
            Resource: arn:aws:lambda:eu-west-1:123456789012:function:c
            Retry: &retry [{ErrorEquals: [Lambda.Unknown]}]
            Next: D
          D:
            Type: Task
            Resource: arn:aws:lambda:eu-west-1:123456789012:function:d
            Retry: *retry
            End: true
        """);
    List<Finding> found = asl027(LINTER.lint(LintRequest.builder(work).path(Path.of("."))
        .build()));
    assertThat(found).extracting(f -> f.anchor() + " " + f.fix().isPresent())
        .as("an anchored state or Retry may be aliased elsewhere: editing it would change "
            + "the aliases too")
        .contains("/States/A false", "/States/C false", "/States/D false");
  }

  /**
   * On cut, duplicated and shuffled copies of the style cases, a fix never breaks a file: where
   * ASL027 offers one on a file that parses, the fixed file still parses and nothing fixable is
   * left.
   */
  @Test
  void aFixNeverBreaksAFileThatParsed() throws IOException {
    Random random = new Random(20261201L);
    int fixed = 0;
    int tried = 0;
    List<String> broken = new ArrayList<>();
    List<Map<String, String>> cases = styles().map(a -> (Map<String, String>) a.get()[1])
        .filter(files -> files.size() == 1).toList();
    for (Map<String, String> files : cases) {
      Map.Entry<String, String> file = files.entrySet().iterator().next();
      for (int i = 0; i < 60; i++) {
        Path folder = work.resolve("m" + tried++);
        Files.createDirectories(folder);
        String mutated = mutate(file.getValue(), random);
        Files.writeString(folder.resolve(file.getKey()), mutated, StandardCharsets.UTF_8);
        LintRequest request = LintRequest.builder(folder).path(Path.of(".")).build();
        LintResult before = LINTER.lint(request);
        if (before.findings().stream().anyMatch(f -> f.ruleId().equals("ASL000"))
            || asl027(before).stream().noneMatch(f -> f.fix().isPresent())) {
          continue;
        }
        fixed++;
        LintResult after = FixPasses.run(folder, () -> LINTER.lint(request)).result();
        if (after.findings().stream().anyMatch(f -> f.ruleId().equals("ASL000")
            || f.ruleId().equals("ASL027") && f.fix().isPresent())) {
          broken.add("--- input:\n" + mutated + "\n--- fixed:\n"
              + Files.readString(folder.resolve(file.getKey()), StandardCharsets.UTF_8));
        }
      }
    }
    assertThat(broken).isEmpty();
    assertThat(fixed).as("mutated files that got a fix").isGreaterThan(80);
  }

  /** One or two edits: delete a span, duplicate a span, swap two lines. */
  private static String mutate(String text, Random random) {
    String out = text;
    int edits = 1 + random.nextInt(2);
    for (int e = 0; e < edits && !out.isEmpty(); e++) {
      int at = random.nextInt(out.length());
      int length = Math.min(out.length() - at, 1 + random.nextInt(30));
      switch (random.nextInt(3)) {
        case 0 -> out = out.substring(0, at) + out.substring(at + length);
        case 1 -> out = out.substring(0, at) + out.substring(at, at + length)
            + out.substring(at);
        default -> {
          List<String> lines = new ArrayList<>(List.of(out.split("\n", -1)));
          if (lines.size() > 2) {
            int a = random.nextInt(lines.size());
            int b = random.nextInt(lines.size());
            String swap = lines.get(a);
            lines.set(a, lines.get(b));
            lines.set(b, swap);
            out = String.join("\n", lines);
          }
        }
      }
    }
    return out;
  }

  private static List<Finding> asl027(LintResult result) {
    return result.findings().stream().filter(f -> f.ruleId().equals("ASL027")).toList();
  }

  /**
   * Removes, everywhere in the tree, the retriers the fix adds (the recommended retrier, for
   * some of the four errors), and a {@code Retry} left empty; returns how many.
   */
  private static int removeAddedRetriers(JsonNode root) {
    int removed = 0;
    List<JsonNode> stack = new ArrayList<>(List.of(root));
    while (!stack.isEmpty()) {
      JsonNode node = stack.remove(stack.size() - 1);
      if (node instanceof ObjectNode object) {
        if (object.get("Retry") instanceof ArrayNode retry) {
          for (Iterator<JsonNode> it = retry.iterator(); it.hasNext(); ) {
            if (isAddedRetrier(it.next())) {
              it.remove();
              removed++;
            }
          }
          if (retry.isEmpty()) {
            object.remove("Retry");
          }
        }
        object.values().forEach(stack::add);
      } else if (node instanceof ArrayNode array) {
        array.values().forEach(stack::add);
      }
    }
    return removed;
  }

  private static boolean isAddedRetrier(JsonNode retrier) {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("IntervalSeconds", 1);
    expected.put("MaxAttempts", 3);
    expected.put("BackoffRate", 2);
    if (!(retrier instanceof ObjectNode object) || object.size() != 5
        || !"FULL".equals(object.path("JitterStrategy").asString(""))
        || !(object.get("ErrorEquals") instanceof ArrayNode errors) || errors.isEmpty()) {
      return false;
    }
    for (Map.Entry<String, Object> field : expected.entrySet()) {
      if (!object.path(field.getKey()).isIntegralNumber()
          || object.path(field.getKey()).asInt() != (Integer) field.getValue()) {
        return false;
      }
    }
    for (JsonNode error : errors) {
      if (!TRANSIENT.contains(error.asString(""))) {
        return false;
      }
    }
    return true;
  }
}
