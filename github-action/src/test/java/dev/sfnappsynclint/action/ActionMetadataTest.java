package dev.sfnappsynclint.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * action.yml agrees with itself and with the script: required fields, every input used and
 * passed to the script, every referenced input and step output defined.
 */
class ActionMetadataTest {

  private static final Path ACTION = ActionRun.ROOT.resolve("github-action/action.yml");

  private static JsonNode action() throws IOException {
    return YAMLMapper.builder().build().readTree(Files.readString(ACTION));
  }

  private static Set<String> matches(String text, String regex) {
    Set<String> found = new LinkedHashSet<>();
    Matcher matcher = Pattern.compile(regex).matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  @Test
  void requiredFieldsArePresent() throws IOException {
    JsonNode action = action();
    assertThat(action.path("name").asString()).isNotBlank();
    assertThat(action.path("description").asString()).isNotBlank();
    assertThat(action.path("runs").path("using").asString()).isEqualTo("composite");
    assertThat(action.path("runs").path("steps").size()).isPositive();
    for (JsonNode step : action.path("runs").path("steps")) {
      if (step.has("run")) {
        assertThat(step.path("shell").asString()).as("shell of %s", step.path("name")).isNotBlank();
      } else {
        assertThat(step.path("uses").asString()).as("a step runs or uses").isNotBlank();
      }
    }
    action.path("inputs").properties().forEach(input -> {
      assertThat(input.getValue().path("description").asString())
          .as("description of input %s", input.getKey()).isNotBlank();
      assertThat(input.getValue().has("default")).as("default of %s", input.getKey()).isTrue();
    });
    action.path("outputs").properties().forEach(output ->
        assertThat(output.getValue().path("value").asString())
            .as("value of output %s", output.getKey()).startsWith("${{ steps.lint.outputs."));
  }

  @Test
  void everyInputIsDefinedUsedAndReachesTheScript() throws IOException {
    String text = Files.readString(ACTION);
    Set<String> declared = new LinkedHashSet<>();
    action().path("inputs").propertyNames().forEach(declared::add);
    Set<String> referenced = matches(text, "inputs\\.([A-Za-z0-9_-]+)");
    assertThat(declared).as("inputs that the issue asks for").contains("paths", "config",
        "fail-on", "workflow-type", "sarif-file", "upload-sarif", "category", "annotations",
        "only-changed", "version", "java-version", "cli-jar");
    assertThat(referenced).as("referenced inputs are declared").isSubsetOf(declared);
    assertThat(declared).as("declared inputs are used").isSubsetOf(referenced);

    String script = Files.readString(ActionRun.SCRIPT);
    Set<String> read = matches(script, "\\$\\{?(INPUT_[A-Z_]+)");
    Set<String> passed = matches(text, "\\n\\s+(INPUT_[A-Z_]+):");
    assertThat(read).as("inputs the script reads are passed by action.yml").isSubsetOf(passed);
    for (String variable : passed) {
      String input = variable.substring("INPUT_".length()).toLowerCase(java.util.Locale.ROOT)
          .replace('_', '-');
      assertThat(text).as("%s carries inputs.%s", variable, input)
          .contains(variable + ": ${{ inputs." + input + " }}");
    }
  }

  @Test
  void everyStepOutputIsWrittenByTheScript() throws IOException {
    Set<String> used = matches(Files.readString(ACTION), "steps\\.lint\\.outputs\\.([a-z-]+)");
    Set<String> written = matches(Files.readString(ActionRun.SCRIPT), "write_output ([a-z-]+)");
    assertThat(used).isNotEmpty().isSubsetOf(written);
    assertThat(written).contains("sarif-file", "error-count", "warning-count", "exit-code");
  }

  @Test
  void theExampleWorkflowsUseTheActionsInputs() throws IOException {
    Set<String> declared = new LinkedHashSet<>();
    action().path("inputs").propertyNames().forEach(declared::add);
    try (var files = Files.list(ActionRun.ROOT.resolve("github-action/examples"))) {
      for (Path workflow : files.toList()) {
        JsonNode node = YAMLMapper.builder().build().readTree(Files.readString(workflow));
        for (JsonNode job : node.path("jobs")) {
          for (JsonNode step : job.path("steps")) {
            if (step.path("uses").asString().contains("/github-action@")) {
              step.path("with").propertyNames().forEach(input ->
                  assertThat(declared).as("%s uses input %s", workflow.getFileName(), input)
                      .contains(input));
            }
          }
        }
      }
    }
  }
}
