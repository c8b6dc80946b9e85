package dev.sfnappsynclint.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.lint.TreeParser;
import dev.sfnappsynclint.source.LineIndex;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.source.TextEdit;
import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import dev.sfnappsynclint.tree.TreeLimits;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Inserting values into located trees keeps each file's own formatting. */
class TreeInsertionsTest {

  private static final TreeParser PARSER = new TreeParser(TreeLimits.DEFAULT);

  private static Map<String, Object> retrier() {
    Map<String, Object> retrier = new LinkedHashMap<>();
    retrier.put("ErrorEquals", List.of("Lambda.ServiceException", "Lambda.TooManyRequestsException"));
    retrier.put("MaxAttempts", 3);
    retrier.put("JitterStrategy", "FULL");
    return retrier;
  }

  private record Parsed(SourceFile file, Node root) {}

  private static Parsed parse(String name, String text) throws Exception {
    SourceFile file = new SourceFile(Path.of(name), name, text);
    return new Parsed(file, PARSER.parse(file));
  }

  private static Node at(Node root, String... path) {
    Node node = root;
    for (String step : path) {
      node = node instanceof ArrayNode array ? array.elements().get(Integer.parseInt(step))
          : ((ObjectNode) node).get(step).orElseThrow();
    }
    return node;
  }

  private static String apply(String text, Optional<TextEdit> edit) {
    assertThat(edit).as("an edit").isPresent();
    LineIndex lines = new LineIndex(text);
    int start = lines.lineStart(edit.get().range().start().line())
        + edit.get().range().start().column() - 1;
    int end = lines.lineStart(edit.get().range().end().line())
        + edit.get().range().end().column() - 1;
    return text.substring(0, start) + edit.get().replacement() + text.substring(end);
  }

  private static String addRetry(String name, String text, String state, int index)
      throws Exception {
    Parsed parsed = parse(name, text);
    ObjectNode node = (ObjectNode) at(parsed.root(), "States", state);
    String fixed = apply(text, TreeInsertions.in(parsed.root())
        .insertMember(node, index, "Retry", List.of(retrier())));
    parse(name, fixed);
    return fixed;
  }

  private static String appendRetrier(String name, String text, String state, int index)
      throws Exception {
    Parsed parsed = parse(name, text);
    ArrayNode retry = (ArrayNode) at(parsed.root(), "States", state, "Retry");
    String fixed = apply(text, TreeInsertions.in(parsed.root())
        .insertElement(retry, index, retrier()));
    parse(name, fixed);
    return fixed;
  }

  // ---- JSON ----

  @Test
  void jsonTwoSpacesNewMemberBeforeTheLast() throws Exception {
    String text = """
        {
          "StartAt": "Call",
          "States": {
            "Call": {
              "Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              "End": true
            }
          }
        }
        """;
    assertThat(addRetry("a.asl.json", text, "Call", 2)).isEqualTo("""
        {
          "StartAt": "Call",
          "States": {
            "Call": {
              "Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              "Retry": [
                {
                  "ErrorEquals": [
                    "Lambda.ServiceException",
                    "Lambda.TooManyRequestsException"
                  ],
                  "MaxAttempts": 3,
                  "JitterStrategy": "FULL"
                }
              ],
              "End": true
            }
          }
        }
        """);
  }

  @Test
  void jsonFourSpacesNewLastMemberWithInlineListsAsTheFileWritesThem() throws Exception {
    String text = """
        {
            "StartAt": "Call",
            "States": {
                "Call": {
                    "Type": "Task",
                    "Resource": "arn:aws:lambda:eu-west-1:123456789012:function:f",
                    "Catch": [
                        {
                            "ErrorEquals": ["States.ALL"],
                            "Next": "Done"
                        }
                    ],
                    "Next": "Done"
                },
                "Done": {"Type": "Succeed"}
            }
        }""";
    assertThat(addRetry("a.asl.json", text, "Call", 4)).isEqualTo("""
        {
            "StartAt": "Call",
            "States": {
                "Call": {
                    "Type": "Task",
                    "Resource": "arn:aws:lambda:eu-west-1:123456789012:function:f",
                    "Catch": [
                        {
                            "ErrorEquals": ["States.ALL"],
                            "Next": "Done"
                        }
                    ],
                    "Next": "Done",
                    "Retry": [
                        {
                            "ErrorEquals": ["Lambda.ServiceException", "Lambda.TooManyRequestsException"],
                            "MaxAttempts": 3,
                            "JitterStrategy": "FULL"
                        }
                    ]
                },
                "Done": {"Type": "Succeed"}
            }
        }""");
  }

  @Test
  void jsonTabsAndCrLf() throws Exception {
    String text = "{\r\n\t\"States\": {\r\n\t\t\"Call\": {\r\n\t\t\t\"Type\": \"Task\",\r\n"
        + "\t\t\t\"End\": true\r\n\t\t}\r\n\t}\r\n}\r\n";
    assertThat(addRetry("a.asl.json", text, "Call", 2)).isEqualTo(
        "{\r\n\t\"States\": {\r\n\t\t\"Call\": {\r\n\t\t\t\"Type\": \"Task\",\r\n"
        + "\t\t\t\"End\": true,\r\n"
        + "\t\t\t\"Retry\": [\r\n"
        + "\t\t\t\t{\r\n"
        + "\t\t\t\t\t\"ErrorEquals\": [\r\n"
        + "\t\t\t\t\t\t\"Lambda.ServiceException\",\r\n"
        + "\t\t\t\t\t\t\"Lambda.TooManyRequestsException\"\r\n"
        + "\t\t\t\t\t],\r\n"
        + "\t\t\t\t\t\"MaxAttempts\": 3,\r\n"
        + "\t\t\t\t\t\"JitterStrategy\": \"FULL\"\r\n"
        + "\t\t\t\t}\r\n"
        + "\t\t\t]\r\n"
        + "\t\t}\r\n\t}\r\n}\r\n");
  }

  @Test
  void jsonOneLineStateGetsAOneLineMember() throws Exception {
    String text = """
        {
          "States": {
            "Call": { "Type": "Task", "Resource": "arn:aws:lambda:eu-west-1:123456789012:function:f", "End": true }
          }
        }
        """;
    assertThat(addRetry("a.asl.json", text, "Call", 3)).isEqualTo("""
        {
          "States": {
            "Call": { "Type": "Task", "Resource": "arn:aws:lambda:eu-west-1:123456789012:function:f", "End": true, "Retry": [ { "ErrorEquals": [ "Lambda.ServiceException", "Lambda.TooManyRequestsException" ], "MaxAttempts": 3, "JitterStrategy": "FULL" } ] }
          }
        }
        """);
  }

  @Test
  void jsonMinified() throws Exception {
    String text = "{\"States\":{\"Call\":{\"Type\":\"Task\",\"End\":true}}}";
    assertThat(addRetry("a.asl.json", text, "Call", 2)).isEqualTo(
        "{\"States\":{\"Call\":{\"Type\":\"Task\",\"End\":true,\"Retry\":[{\"ErrorEquals\":"
        + "[\"Lambda.ServiceException\",\"Lambda.TooManyRequestsException\"],"
        + "\"MaxAttempts\":3,\"JitterStrategy\":\"FULL\"}]}}}");
  }

  @Test
  void jsonAppendsToAnExistingArrayAndInsertsBeforeItsFirst() throws Exception {
    String text = """
        {
          "States": {
            "Call": {
              "Type": "Task",
              "Retry": [
                {
                  "ErrorEquals": [
                    "States.ALL"
                  ]
                }
              ],
              "End": true
            }
          }
        }
        """;
    String appended = appendRetrier("a.asl.json", text, "Call", 1);
    assertThat(appended).isEqualTo("""
        {
          "States": {
            "Call": {
              "Type": "Task",
              "Retry": [
                {
                  "ErrorEquals": [
                    "States.ALL"
                  ]
                },
                {
                  "ErrorEquals": [
                    "Lambda.ServiceException",
                    "Lambda.TooManyRequestsException"
                  ],
                  "MaxAttempts": 3,
                  "JitterStrategy": "FULL"
                }
              ],
              "End": true
            }
          }
        }
        """);
    assertThat(appendRetrier("a.asl.json", text, "Call", 0)).isEqualTo("""
        {
          "States": {
            "Call": {
              "Type": "Task",
              "Retry": [
                {
                  "ErrorEquals": [
                    "Lambda.ServiceException",
                    "Lambda.TooManyRequestsException"
                  ],
                  "MaxAttempts": 3,
                  "JitterStrategy": "FULL"
                },
                {
                  "ErrorEquals": [
                    "States.ALL"
                  ]
                }
              ],
              "End": true
            }
          }
        }
        """);
  }

  @Test
  void jsonEmptyArrayIsFilledOnItsOwnLines() throws Exception {
    String text = """
        {
          "States": {
            "Call": {
              "Type": "Task",
              "Retry": [],
              "End": true
            }
          }
        }
        """;
    assertThat(appendRetrier("a.asl.json", text, "Call", 0)).isEqualTo("""
        {
          "States": {
            "Call": {
              "Type": "Task",
              "Retry": [
                {
                  "ErrorEquals": [
                    "Lambda.ServiceException",
                    "Lambda.TooManyRequestsException"
                  ],
                  "MaxAttempts": 3,
                  "JitterStrategy": "FULL"
                }
              ],
              "End": true
            }
          }
        }
        """);
  }

  // ---- YAML block ----

  @Test
  void yamlTwoSpacesNewLastMemberAtTheEndOfAFileWithoutLineBreak() throws Exception {
    String text = """
        StartAt: Call
        States:
          Call:
            Type: Task
            Resource: arn:aws:states:::lambda:invoke
            Parameters:
              FunctionName: f
            End: true""";
    assertThat(addRetry("a.asl.yaml", text, "Call", 4)).isEqualTo("""
        StartAt: Call
        States:
          Call:
            Type: Task
            Resource: arn:aws:states:::lambda:invoke
            Parameters:
              FunctionName: f
            End: true
            Retry:
              - ErrorEquals:
                  - Lambda.ServiceException
                  - Lambda.TooManyRequestsException
                MaxAttempts: 3
                JitterStrategy: FULL""");
  }

  @Test
  void yamlFourSpacesIndentlessSequencesBeforeAMemberAndTheCommentAboveIt() throws Exception {
    String text = """
        StartAt: Call
        States:
            Call:
                Type: Task
                Resource: arn:aws:lambda:eu-west-1:123456789012:function:f
                # Failures go to Done.
                Catch:
                - ErrorEquals:
                  - States.ALL
                  Next: Done
                Next: Done
            Done:
                Type: Succeed
        """;
    assertThat(addRetry("a.asl.yaml", text, "Call", 2)).isEqualTo("""
        StartAt: Call
        States:
            Call:
                Type: Task
                Resource: arn:aws:lambda:eu-west-1:123456789012:function:f
                Retry:
                - ErrorEquals:
                  - Lambda.ServiceException
                  - Lambda.TooManyRequestsException
                  MaxAttempts: 3
                  JitterStrategy: FULL
                # Failures go to Done.
                Catch:
                - ErrorEquals:
                  - States.ALL
                  Next: Done
                Next: Done
            Done:
                Type: Succeed
        """);
  }

  @Test
  void yamlLastMemberAfterABlockScalarAndBlankLines() throws Exception {
    String text = """
        States:
          Call:
            Type: Task
            Comment: |
              Calls the function.

          Next state:
            Type: Succeed
        """;
    assertThat(addRetry("a.asl.yaml", text, "Call", 2)).isEqualTo("""
        States:
          Call:
            Type: Task
            Comment: |
              Calls the function.
            Retry:
              - ErrorEquals:
                  - Lambda.ServiceException
                  - Lambda.TooManyRequestsException
                MaxAttempts: 3
                JitterStrategy: FULL

          Next state:
            Type: Succeed
        """);
  }

  @Test
  void yamlAppendsToABlockSequenceWithFlowLists() throws Exception {
    String text = """
        States:
          Call:
            Type: Task
            Retry:
              - ErrorEquals: [Lambda.Unknown]
                MaxAttempts: 2
            End: true
        """;
    assertThat(appendRetrier("a.asl.yaml", text, "Call", 1)).isEqualTo("""
        States:
          Call:
            Type: Task
            Retry:
              - ErrorEquals: [Lambda.Unknown]
                MaxAttempts: 2
              - ErrorEquals: [Lambda.ServiceException, Lambda.TooManyRequestsException]
                MaxAttempts: 3
                JitterStrategy: FULL
            End: true
        """);
    assertThat(appendRetrier("a.asl.yaml", text, "Call", 0)).isEqualTo("""
        States:
          Call:
            Type: Task
            Retry:
              - ErrorEquals: [Lambda.ServiceException, Lambda.TooManyRequestsException]
                MaxAttempts: 3
                JitterStrategy: FULL
              - ErrorEquals: [Lambda.Unknown]
                MaxAttempts: 2
            End: true
        """);
  }

  @Test
  void yamlQuotedStringsStayQuoted() throws Exception {
    String text = """
        "States":
          "Call":
            "Type": "Task"
            "End": true
        """;
    assertThat(addRetry("a.asl.yaml", text, "Call", 2)).isEqualTo("""
        "States":
          "Call":
            "Type": "Task"
            "End": true
            "Retry":
              - "ErrorEquals":
                  - "Lambda.ServiceException"
                  - "Lambda.TooManyRequestsException"
                "MaxAttempts": 3
                "JitterStrategy": "FULL"
        """);
  }

  // ---- YAML flow ----

  @Test
  void yamlFlowState() throws Exception {
    String text = """
        States:
          Call: {Type: Task, End: true}
          Other: { Type: Pass, End: true }
        """;
    assertThat(addRetry("a.asl.yaml", text, "Call", 2)).isEqualTo("""
        States:
          Call: {Type: Task, End: true, Retry: [{ErrorEquals: [Lambda.ServiceException, Lambda.TooManyRequestsException], MaxAttempts: 3, JitterStrategy: FULL}]}
          Other: { Type: Pass, End: true }
        """);
  }

  @Test
  void yamlFlowSequenceInABlockMapping() throws Exception {
    String text = """
        States:
          Call:
            Type: Task
            Retry: [{ErrorEquals: [States.Timeout], MaxAttempts: 0}]
            End: true
        """;
    assertThat(appendRetrier("a.asl.yaml", text, "Call", 1)).isEqualTo("""
        States:
          Call:
            Type: Task
            Retry: [{ErrorEquals: [States.Timeout], MaxAttempts: 0}, {ErrorEquals: [Lambda.ServiceException, Lambda.TooManyRequestsException], MaxAttempts: 3, JitterStrategy: FULL}]
            End: true
        """);
  }

  // ---- where no edit is well defined ----

  @Test
  void aliasesAndAnchorsGetNoEdit() throws Exception {
    String text = """
        States:
          Call: &task
            Type: Task
            End: true
          Again: *task
          Third:
            Type: Task
            Retry: *retry
            End: true
        """.replace("*retry", "&retry [{ErrorEquals: [x]}]");
    Parsed parsed = parse("a.asl.yaml", text);
    TreeInsertions insertions = TreeInsertions.in(parsed.root());
    assertThat(insertions.insertMember((ObjectNode) at(parsed.root(), "States", "Call"), 2,
        "Retry", List.of(retrier()))).isEmpty();
    assertThat(insertions.insertMember((ObjectNode) at(parsed.root(), "States", "Again"), 2,
        "Retry", List.of(retrier()))).isEmpty();
    assertThat(insertions.insertElement((ArrayNode) at(parsed.root(), "States", "Third",
        "Retry"), 1, retrier())).isEmpty();
    Member again = ((ObjectNode) at(parsed.root(), "States")).member("Again").orElseThrow();
    assertThat(TreeInsertions.writtenInPlace(again)).isFalse();
    Member call = ((ObjectNode) at(parsed.root(), "States")).member("Call").orElseThrow();
    assertThat(TreeInsertions.writtenInPlace(call)).isTrue();
  }
}
