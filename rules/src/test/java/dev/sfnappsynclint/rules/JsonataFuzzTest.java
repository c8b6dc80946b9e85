package dev.sfnappsynclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sfnappsynclint.asl.jsonata.JsonataParser;
import dev.sfnappsynclint.discovery.Candidate;
import dev.sfnappsynclint.finding.ToolNotification;
import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.lint.Linter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Coverage-guided fuzzing of JSONata expression extraction: the parser wrapper answers every
 * text with a tree, a syntax error inside the text, or "not checked" (never an exception or a
 * stack overflow), and a JSONata state holding the text in each kind of field lints without a
 * tool error (expressions, {@code $states} fields, calls, variable reads and the flow analysis).
 * Seeds are replayed in every test run from {@code JsonataFuzzTestInputs/}; see
 * {@code benchmarks/fuzz.sh} to fuzz for real.
 */
class JsonataFuzzTest {

  private static final Linter LINTER = new Linter(Linter.defaultRegistry());
  private static final Path FOLDER = folder();

  private static Path folder() {
    try {
      Path folder = Files.createTempDirectory("sfn-appsync-lint-jsonata-fuzz");
      folder.toFile().deleteOnExit();
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void expressionParsesOrFailsInsideTheText(FuzzedDataProvider data) throws IOException {
    String expression = data.consumeRemainingAsString();
    JsonataParser.Result result = JsonataParser.parse(expression);
    if (result instanceof JsonataParser.Invalid invalid) {
      assertThat(invalid.error().offset()).isBetween(-1, expression.length() + 1);
    }
    String json = """
        {
          "QueryLanguage": "JSONata",
          "StartAt": "A",
          "States": {
            "A": {
              "Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              "Arguments": { "Payload": %1$s },
              "Assign": { "v": %1$s },
              "Catch": [{ "ErrorEquals": ["States.ALL"], "Output": %1$s, "Next": "B" }],
              "Next": "B"
            },
            "B": {
              "Type": "Choice",
              "Choices": [{ "Condition": %1$s, "Assign": { "w": %1$s }, "Next": "A" }],
              "Default": "C"
            },
            "C": { "Type": "Succeed", "Output": %1$s }
          }
        }
        """.formatted(quoted("{%" + expression + "%}"));
    Path file = FOLDER.resolve("fuzz.asl.json");
    Files.writeString(file, json);
    Linter.FileResult linted = LINTER.lint(new Candidate(file, "fuzz.asl.json", true),
        LintRequest.builder(FOLDER).threads(1).build());
    assertThat(linted.notifications().stream()
        .filter(n -> n.level() == ToolNotification.Level.ERROR).toList()).isEmpty();
  }

  private static String quoted(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }
}
