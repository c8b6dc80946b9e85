package dev.sfnappsynclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .sfn-appsync-lint.yml and the flags that override it, as a user runs them. */
class ConfigurationTest {

  @TempDir
  Path work;

  private CliRun cli;

  @BeforeEach
  void project() throws IOException {
    cli = new CliRun(work);
    cli.write("flows/archive.asl.json", Fixtures.UNREACHABLE);
    cli.write("flows/dup.asl.yaml", Fixtures.DUPLICATE_KEY);
  }

  @Test
  void severitiesAndSwitchesFromTheConfigurationChangeResults() throws IOException {
    cli.write(".sfn-appsync-lint.yml", """
        rules:
          UnreachableState: warning   # by name
          ASL002: off                 # by id
        """);
    assertThat(cli.run(".")).isZero();
    assertThat(cli.out).contains("warning ASL006 UnreachableState").doesNotContain("ASL002");
    assertThat(cli.run("--no-config", ".")).isEqualTo(1);
    assertThat(cli.out).contains("error ASL006").contains("warning ASL002");
  }

  @Test
  void flagsOverrideTheConfiguration() throws IOException {
    cli.write(".sfn-appsync-lint.yml", "rules:\n  ASL006: off\n");
    assertThat(cli.run(".")).isZero();
    assertThat(cli.run("--enable", "ASL006", ".")).isEqualTo(1);
    assertThat(cli.run("--severity", "UnreachableState=note", ".")).isZero();
    assertThat(cli.out).contains("note ASL006");
    assertThat(cli.run("--no-config", "--disable", "UnreachableState", "--disable", "ASL002", "."))
        .isZero();
    assertThat(cli.out).contains("No problems found");
  }

  @Test
  void theNearestConfigurationAboveTheWorkingDirectoryIsUsedWithGlobsRelativeToIt()
      throws IOException {
    cli.write(".sfn-appsync-lint.yml", """
        exclude:
          - flows/dup.asl.yaml
        ignore:
          - files: "flows/*.asl.json"
            pointer: /States/Archive
            rules: [ASL006]
            reason: Archive is wired up in the next release
        """);
    CliRun inFlows = new CliRun(work.resolve("flows"));
    assertThat(inFlows.run(".")).isZero();
    assertThat(inFlows.out).isEqualTo("No problems found in 1 file.\n");
  }

  @Test
  void anExplicitConfigurationFile() throws IOException {
    cli.write("config/strict.yml", "rules:\n  DuplicateKey: error\n");
    assertThat(cli.run("--config", "config/strict.yml", "flows/dup.asl.yaml")).isEqualTo(1);
    assertThat(cli.out).contains("error ASL002");
    assertThat(cli.run("--config", "config/none.yml", ".")).isEqualTo(2);
    assertThat(cli.err).contains("config/none.yml: configuration file does not exist");
  }

  @Test
  void anUnknownKeyIsAUsageErrorThatNamesTheLineAndTheKeysAccepted() throws IOException {
    cli.write(".sfn-appsync-lint.yml", "rules:\n  ASL006: error\nexlude:\n  - legacy/**\n");
    assertThat(cli.run(".")).isEqualTo(2);
    assertThat(cli.err).contains(".sfn-appsync-lint.yml:3:1: unknown key \"exlude\"; expected one "
        + "of rules, include, exclude, workflowTypes, appsync, limits, ignore");
    assertThat(cli.out).isEmpty();
  }

  @Test
  void aWrongValueNamesTheLineAndWhatWasExpected() throws IOException {
    cli.write(".sfn-appsync-lint.yml", "rules:\n  ASL006: warn\n");
    assertThat(cli.run(".")).isEqualTo(2);
    assertThat(cli.err).contains(".sfn-appsync-lint.yml:2:11: rules.ASL006: must be one of")
        .contains("\"warning\"");
    cli.write(".sfn-appsync-lint.yml", "limits:\n  maxDepth: deep\n");
    assertThat(cli.run(".")).isEqualTo(2);
    assertThat(cli.err).contains(".sfn-appsync-lint.yml:2:13: limits.maxDepth:");
  }

  @Test
  void anUnknownRuleIsAUsageError() throws IOException {
    cli.write(".sfn-appsync-lint.yml", "rules:\n  UnreachableStates: off\n");
    assertThat(cli.run(".")).isEqualTo(2);
    assertThat(cli.err).contains(".sfn-appsync-lint.yml:2:3: rules: \"UnreachableStates\" is no rule");
    assertThat(cli.run("--no-config", "--disable", "ASL999", ".")).isEqualTo(2);
    assertThat(cli.err).contains("--disable ASL999: no such rule");
    assertThat(cli.run("--no-config", "--severity", "ASL006=fatal", ".")).isEqualTo(2);
  }

  @Test
  void aConfigurationThatDoesNotParseIsAUsageError() throws IOException {
    cli.write(".sfn-appsync-lint.yml", "rules:\n  ASL006: [error\n");
    assertThat(cli.run(".")).isEqualTo(2);
    assertThat(cli.err).contains(".sfn-appsync-lint.yml:").contains("Invalid YAML");
  }

  @Test
  void anEmptyConfigurationChangesNothing() throws IOException {
    cli.write(".sfn-appsync-lint.yml", "# nothing yet\n");
    assertThat(cli.run(".")).isEqualTo(1);
    assertThat(cli.out).contains("error ASL006");
  }

  @Test
  void theEnginesOwnRulesCanBeSwitchedOffToo() throws IOException {
    cli.write("app/template.yaml", """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Flow:
            Type: AWS::Serverless::StateMachine
            Properties:
              DefinitionUri: statemachine/missing.asl.json
        """);
    assertThat(cli.run("--no-config", "app")).isEqualTo(1);
    assertThat(cli.out).contains("error ASL097 MissingDefinitionFile");
    assertThat(cli.run("--no-config", "--disable", "MissingDefinitionFile", "app")).isZero();
    assertThat(cli.run("--no-config", "--severity", "ASL097=warning", "app")).isZero();
    assertThat(cli.out).contains("warning ASL097");
  }

  @Test
  void limitsFromTheConfiguration() throws IOException {
    cli.write(".sfn-appsync-lint.yml", "limits:\n  maxFileBytes: 64\n");
    assertThat(cli.run("flows/archive.asl.json")).isEqualTo(1);
    assertThat(cli.out).contains("ASL000").contains("above the 64 bytes limit");
  }
}
