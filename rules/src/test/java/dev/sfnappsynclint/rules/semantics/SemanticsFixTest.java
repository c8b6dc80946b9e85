package dev.sfnappsynclint.rules.semantics;

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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixes of ASL071 (the resource meant) and ASL078 (quote the name), applied. */
class SemanticsFixTest {

  private static final Linter LINTER = new Linter(Linter.defaultRegistry());

  @TempDir
  Path work;

  private LintResult fix(String file, String text) throws IOException {
    Files.writeString(work.resolve(file), text, StandardCharsets.UTF_8);
    LintRequest request = LintRequest.builder(work).path(Path.of(".")).build();
    return FixPasses.run(work, () -> LINTER.lint(request)).result();
  }

  private static List<Finding> of(LintResult result, String ruleId) {
    return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  @Test
  void anUnknownOptimisedActionBecomesTheSdkIntegrationOrTheClosestAction() throws IOException {
    LintResult after = fix("flow.asl.json", """
        {
          "StartAt": "Query",
          "States": {
            "Query": { "Type": "Task", "Resource": "arn:aws:states:::dynamodb:query", "Parameters": { "TableName": "t" }, "Next": "Send" },
            "Send": { "Type": "Task", "Resource": "arn:aws:states:::sqs:sendMesage.waitForTaskToken", "Parameters": { "QueueUrl": "q", "MessageBody": { "t.$": "$$.Task.Token" } }, "End": true }
          }
        }
        """);
    assertThat(of(after, "ASL071")).isEmpty();
    assertThat(of(after, "ASL000")).isEmpty();
    String fixed = Files.readString(work.resolve("flow.asl.json"));
    assertThat(fixed).contains("\"arn:aws:states:::aws-sdk:dynamodb:query\"",
        "\"arn:aws:states:::sqs:sendMessage.waitForTaskToken\"");
  }

  @Test
  void unquotedYamlBooleansAreQuoted() throws IOException {
    LintResult after = fix("flow.asl.yaml", """
        StartAt: Approved?
        States:
          Approved?:
            Type: Choice
            Choices:
              - Variable: $.approved
                BooleanEquals: true
                Next: Yes
            Default: No
          Yes:
            Type: Succeed
          No:
            Type: Fail
            Error: Rejected
        """);
    assertThat(of(after, "ASL078")).isEmpty();
    assertThat(of(after, "ASL000")).isEmpty();
    String fixed = Files.readString(work.resolve("flow.asl.yaml"));
    assertThat(fixed).contains("Next: \"Yes\"", "Default: \"No\"", "  \"Yes\":", "  \"No\":");
  }

  @Test
  void aResourceInsideADefinitionStringGetsNoFix() throws IOException {
    Files.writeString(work.resolve("template.json"), """
        {
          "Resources": {
            "Workflow": {
              "Type": "AWS::StepFunctions::StateMachine",
              "Properties": {
                "RoleArn": "arn:aws:iam::123456789012:role/sfn",
                "DefinitionString": "{\\"StartAt\\": \\"A\\", \\"States\\": {\\"A\\": {\\"Type\\": \\"Task\\", \\"Resource\\": \\"arn:aws:states:::dynamodb:scan\\", \\"End\\": true}}}"
              }
            }
          }
        }
        """);
    List<Finding> found = of(LINTER.lint(LintRequest.builder(work).path(Path.of(".")).build()),
        "ASL071");
    assertThat(found).singleElement().satisfies(f -> assertThat(f.fix()).isEmpty());
  }
}
