package dev.sfnappsynclint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.lint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check goal's parameter handling, without a Maven build around it. */
class MavenCheckTest {

  private static final String UNREACHABLE = """
      {
        "StartAt": "Load",
        "States": {
          "Load": { "Type": "Pass", "Next": "Publish" },
          "Archive": { "Type": "Pass", "End": true },
          "Publish": { "Type": "Succeed" }
        }
      }
      """;
  private static final String DUPLICATE_KEY = "StartAt: A\nStates:\n  A:\n    Type: Pass\n"
      + "    End: true\n    End: true\n";

  @TempDir
  Path root;

  private Path module;
  private final List<String> lines = new ArrayList<>();
  private final BuildLog log = new BuildLog() {
    @Override
    public void info(String message) {
      lines.add("[INFO] " + message);
    }

    @Override
    public void warn(String message) {
      lines.add("[WARNING] " + message);
    }

    @Override
    public void error(String message) {
      lines.add("[ERROR] " + message);
    }
  };

  @BeforeEach
  void project() throws IOException {
    module = root.resolve("orders");
    write("orders/src/main/statemachines/archive.asl.json", UNREACHABLE);
  }

  private void write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private CheckSettings settings(String failOn, int maxAllowed, boolean failOnViolation,
      String format) {
    return new CheckSettings(root, module, List.of(), List.of(), List.of(), List.of(), null, null, failOn,
        failOnViolation, maxAllowed, module.resolve("target/sfn-appsync-lint." + format), format,
        true, null);
  }

  private MavenCheck.Outcome run(CheckSettings settings) {
    return new MavenCheck(new Linter(Linter.defaultRegistry())).run(settings, log);
  }

  @Test
  void byDefaultThePluginFindsWhatTheCliFinds() throws IOException {
    write("orders/src/main/resources/order.json", UNREACHABLE);
    write("orders/src/main/statemachines/retry.asl", UNREACHABLE);
    write("orders/cfn/stack.yaml", """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          M:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              Definition:
                StartAt: A
                States:
                  A: { Type: Pass, Next: Nowhere }
        """);
    write("orders/src/main/resources/settings.json", "{\"name\": 1}");
    run(settings("none", 0, true, "json"));
    String report = Files.readString(module.resolve("target/sfn-appsync-lint.json"));
    assertThat(report).contains("orders/src/main/resources/order.json",
        "orders/src/main/statemachines/retry.asl", "orders/cfn/stack.yaml",
        "orders/src/main/statemachines/archive.asl.json");
  }

  @Test
  void theDefaultReportIsNamedAfterItsFormat() {
    Path target = root.resolve("target");
    assertThat(CheckSettings.reportFile(target, "sarif")).isEqualTo(target.resolve("sfn-appsync-lint.sarif"));
    assertThat(CheckSettings.reportFile(target, "JSON")).isEqualTo(target.resolve("sfn-appsync-lint.json"));
    assertThat(CheckSettings.reportFile(target, "checkstyle")).isEqualTo(target.resolve("sfn-appsync-lint.checkstyle.xml"));
    assertThat(CheckSettings.reportFile(target, "junit")).isEqualTo(target.resolve("sfn-appsync-lint.junit.xml"));
    assertThat(CheckSettings.reportFile(target, "text")).isEqualTo(target.resolve("sfn-appsync-lint.txt"));
  }

  @Test
  void findingsFailTheBuildAfterTheReportIsWrittenWithRootRelativePaths() throws IOException {
    MavenCheck.Outcome outcome = run(settings("error", 0, true, "sarif"));
    assertThat(outcome).isInstanceOf(MavenCheck.Outcome.Failed.class);
    assertThat(((MavenCheck.Outcome.Failed) outcome).message())
        .contains("1 finding at or above error").contains("orders/target/sfn-appsync-lint.sarif");
    assertThat(lines).contains("[ERROR] orders/src/main/statemachines/archive.asl.json:5:5: "
        + "ASL006 UnreachableState: State \"Archive\" is never reached from \"Load\": no path of "
        + "Next, Default, Choice or Catch transitions in the state machine leads to it.");
    String sarif = Files.readString(module.resolve("target/sfn-appsync-lint.sarif"));
    assertThat(sarif).contains("\"uri\": \"orders/src/main/statemachines/archive.asl.json\"");
  }

  @Test
  void failOnAndMaxAllowedViolations() throws IOException {
    Files.delete(root.resolve("orders/src/main/statemachines/archive.asl.json"));
    write("orders/src/main/statemachines/dup.asl.yaml", DUPLICATE_KEY);
    assertThat(run(settings("error", 0, true, "sarif"))).isInstanceOf(MavenCheck.Outcome.Passed.class);
    assertThat(lines).anyMatch(l -> l.startsWith("[WARNING] orders/src/main/statemachines/dup.asl.yaml:6:5: ASL002"));
    assertThat(run(settings("warning", 0, true, "sarif"))).isInstanceOf(MavenCheck.Outcome.Failed.class);
    assertThat(run(settings("warning", 1, true, "sarif"))).isInstanceOf(MavenCheck.Outcome.Passed.class);
    assertThat(run(settings("none", 0, true, "sarif"))).isInstanceOf(MavenCheck.Outcome.Passed.class);
    assertThat(run(settings("warning", 0, false, "sarif"))).isInstanceOf(MavenCheck.Outcome.Passed.class);
  }

  @Test
  void wrongParametersAreExecutionProblems() {
    assertThat(run(settings("fatal", 0, true, "sarif")))
        .isInstanceOfSatisfying(MavenCheck.Outcome.Broken.class,
            b -> assertThat(b.message()).contains("failOn must be error, warning, note or none"));
    assertThat(run(settings("error", 0, true, "pdf")))
        .isInstanceOfSatisfying(MavenCheck.Outcome.Broken.class,
            b -> assertThat(b.message()).contains("outputFormat must be one of"));
  }

  @Test
  void theReportNeverReplacesALintedFile() throws IOException {
    Path linted = module.resolve("src/main/statemachines/archive.asl.json");
    String before = Files.readString(linted);
    CheckSettings settings = new CheckSettings(root, module, List.of(), List.of(), List.of(),
        List.of(), null, null, "error", true, 0, linted, "json", true, null);
    assertThat(run(settings)).isInstanceOfSatisfying(MavenCheck.Outcome.Broken.class,
        b -> assertThat(b.message()).contains("would overwrite a linted file"));
    assertThat(Files.readString(linted)).isEqualTo(before);
  }

  @Test
  void everyReportFormat() throws IOException {
    for (String format : List.of("json", "text", "checkstyle", "junit")) {
      run(settings("error", 0, true, format));
      assertThat(Files.readString(module.resolve("target/sfn-appsync-lint." + format)))
          .as(format).contains("orders/src/main/statemachines/archive.asl.json");
    }
  }

  @Test
  void defaultIncludesAndExplicitOnes() throws IOException {
    // By default, a JSON state machine without the .asl suffix is found, as the CLI finds it.
    write("orders/src/main/other/plain.json", UNREACHABLE);
    assertThat(run(settings("error", 0, true, "json"))).isInstanceOf(MavenCheck.Outcome.Failed.class);
    assertThat(Files.readString(module.resolve("target/sfn-appsync-lint.json")))
        .contains("plain.json");
    CheckSettings onlyPlain = new CheckSettings(root, module, List.of(), List.of(), List.of("**/plain.json"),
        List.of(), null, null, "error", true, 0, module.resolve("target/out.json"), "json", true,
        null);
    run(onlyPlain);
    assertThat(Files.readString(module.resolve("target/out.json"))).contains("plain.json")
        .doesNotContain("archive.asl.json");
    CheckSettings excluded = new CheckSettings(root, module, List.of(), List.of(), List.of(),
        List.of("src/main/statemachines/**", "src/main/other/**"), null, null, "error", true, 0,
        module.resolve("target/out.json"), "json", true, null);
    // The plugin names its folders itself: everything excluded is no failure.
    assertThat(run(excluded)).isInstanceOf(MavenCheck.Outcome.Passed.class);
  }

  @Test
  void sourceDirectoriesLimitTheWalk() throws IOException {
    write("orders/src/test/resources/broken.asl.json", "{");
    CheckSettings mainOnly = new CheckSettings(root, module, List.of(),
        List.of(module.resolve("src/main/statemachines")), List.of(), List.of(), null, null,
        "error", true, 0, module.resolve("target/out.json"), "json", true, null);
    run(mainOnly);
    assertThat(Files.readString(module.resolve("target/out.json"))).doesNotContain("broken");
  }

  @Test
  void theNearestConfigurationAboveTheModuleApplies() throws IOException {
    write(".sfn-appsync-lint.yml", "rules:\n  UnreachableState: warning\n");
    assertThat(run(settings("error", 0, true, "sarif"))).isInstanceOf(MavenCheck.Outcome.Passed.class);
    write(".sfn-appsync-lint.yml", "rules:\n  UnreachableState: sometimes\n");
    assertThat(run(settings("error", 0, true, "sarif")))
        .isInstanceOfSatisfying(MavenCheck.Outcome.Broken.class,
            b -> assertThat(b.message()).contains(".sfn-appsync-lint.yml:2:21"));
  }

  @Test
  void anAggregatorLeavesItsModulesFilesToThem() throws IOException {
    module = root;
    CheckSettings aggregator = new CheckSettings(root, root, List.of("orders"), List.of(),
        List.of(), List.of(), null, null, "error", true, 0, root.resolve("target/out.json"),
        "json", true, null);
    assertThat(run(aggregator)).isInstanceOf(MavenCheck.Outcome.Passed.class);
    assertThat(Files.readString(root.resolve("target/out.json"))).doesNotContain("archive");
  }

  @Test
  void workflowTypeParameterIsChecked() {
    CheckSettings wrong = new CheckSettings(root, module, List.of(), List.of(), List.of(), List.of(), null,
        "sync", "error", true, 0, module.resolve("target/out.sarif"), "sarif", true, null);
    assertThat(run(wrong)).isInstanceOfSatisfying(MavenCheck.Outcome.Broken.class,
        b -> assertThat(b.message()).contains("workflowType must be standard or express"));
  }

  @Test
  void appSyncAuthParametersAreTheApisModes() throws IOException {
    write("orders/src/main/graphql/schema.graphql", """
        type Query {
          report(id: ID!): Report @aws_iam
        }

        type Report @aws_iam {
          id: ID!
        }
        """);
    CheckSettings apiKeyOnly = new CheckSettings(root, module, List.of(), List.of(), List.of(),
        List.of(), null, null, "API_KEY", List.of("amazon_cognito_user_pools"), "error", true,
        0, module.resolve("target/out.json"), "json", true, null);
    run(apiKeyOnly);
    assertThat(Files.readString(module.resolve("target/out.json"))).contains("GQL003")
        .contains("default API_KEY, additional AMAZON_COGNITO_USER_POOLS (from the "
            + "appsyncDefaultAuth parameter)");
    CheckSettings wrong = new CheckSettings(root, module, List.of(), List.of(), List.of(),
        List.of(), null, null, "NONE", List.of(), "error", true, 0,
        module.resolve("target/out.json"), "json", true, null);
    assertThat(run(wrong)).isInstanceOfSatisfying(MavenCheck.Outcome.Broken.class,
        b -> assertThat(b.message()).contains("appsyncDefaultAuth must be API_KEY"));
  }
}
