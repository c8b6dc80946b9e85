package dev.sfnappsynclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionAndBaselineTest {

  @TempDir
  Path work;

  private CliRun cli;

  @BeforeEach
  void setUp() {
    cli = new CliRun(work);
  }

  @Test
  void yamlCommentsSuppressTheNextLineOrTheWholeFile() throws IOException {
    cli.write("flow.asl.yaml", """
        StartAt: A
        States:
          A:
            Type: Pass
            End: true
          # sfn-appsync-lint-disable-next-line ASL006 -- kept for the migration
          Old:
            Type: Pass
            End: true
          Older:
            Type: Pass
            End: true
        """);
    assertThat(cli.run("--no-config", ".")).isEqualTo(1);
    assertThat(cli.out).contains("flow.asl.yaml:10:3: error ASL006").doesNotContain(":7:3:");
    cli.write("flow.asl.yaml", "# sfn-appsync-lint-disable-file UnreachableState\n"
        + cli.read("flow.asl.yaml"));
    assertThat(cli.run("--no-config", ".")).isZero();
    assertThat(cli.out).contains("flow.asl.yaml:7:3: note ASL098 UnusedSuppression");
  }

  @Test
  void aCommentMarkerSuppressesTheStateAndWhatItContains() throws IOException {
    cli.write("flow.asl.json", """
        {
          "StartAt": "Fan out",
          "States": {
            "Fan out": {
              "Type": "Parallel",
              "Comment": "sfn-appsync-lint-disable ASL006, ASL004 -- branch is being rebuilt",
              "Branches": [
                { "StartAt": "A", "States": {
                    "A": { "Type": "Pass", "Next": "Typo" },
                    "B": { "Type": "Pass", "End": true } } }
              ],
              "End": true
            },
            "Stray": { "Type": "Pass", "End": true }
          }
        }
        """);
    assertThat(cli.run("--no-config", ".")).isEqualTo(1);
    assertThat(cli.out).contains("flow.asl.json:14:5: error ASL006 UnreachableState: State \"Stray\"")
        .contains("Found 1 problem");
  }

  @Test
  void aBaselineHidesKnownFindingsAndFailsOnlyOnNewOnes() throws IOException {
    cli.write("flows/archive.asl.json", Fixtures.UNREACHABLE);
    assertThat(cli.run("--no-config", "--write-baseline", "lint-baseline.json", ".")).isZero();
    assertThat(cli.read("lint-baseline.json")).contains("\"ruleId\": \"ASL006\"")
        .contains("\"pointer\": \"/States/Archive\"").doesNotContain("\"line\"");
    assertThat(cli.run("--no-config", "--baseline", "lint-baseline.json", ".")).isZero();
    assertThat(cli.out).contains("No problems found");

    // Lines added above the known finding move it, but it stays known.
    cli.write("flows/archive.asl.json", "\n\n\n" + Fixtures.UNREACHABLE);
    assertThat(cli.run("--no-config", "--baseline", "lint-baseline.json", ".")).isZero();

    // A new defect fails the build, and only it is reported.
    cli.write("flows/archive.asl.json", "\n\n\n" + Fixtures.UNREACHABLE.replace(
        "\"Publish\": { \"Type\": \"Succeed\" }",
        "\"Publish\": { \"Type\": \"Succeed\" },\n    \"Forgotten\": { \"Type\": \"Fail\" }"));
    assertThat(cli.run("--no-config", "--baseline", "lint-baseline.json", ".")).isEqualTo(1);
    assertThat(cli.out).contains("State \"Forgotten\" is never reached")
        .doesNotContain("\"Archive\"").contains("Found 1 problem");
  }

  @Test
  void aBaselineWorksFromAnyFolderItsPathsAreRelativeToItsOwnFolder() throws IOException {
    cli.write("app/flows/archive.asl.json", Fixtures.UNREACHABLE);
    CliRun inApp = new CliRun(work.resolve("app"));
    assertThat(inApp.run("--no-config", "--write-baseline", "lint-baseline.json", "."))
        .isZero();
    assertThat(inApp.read("lint-baseline.json"))
        .contains("\"path\": \"flows/archive.asl.json\"");
    // Used from the parent folder, and written there, it still knows the finding.
    assertThat(cli.run("--no-config", "--baseline", "app/lint-baseline.json", "app")).isZero();
    assertThat(cli.out).contains("No problems found");
    assertThat(cli.err).isEmpty();
    assertThat(cli.run("--no-config", "--write-baseline", "app/other.json", "app")).isZero();
    assertThat(inApp.read("other.json")).contains("\"path\": \"flows/archive.asl.json\"");
    assertThat(inApp.run("--no-config", "--baseline", "other.json", ".")).isZero();
  }

  @Test
  void aBaselineThatMatchesNoFindingIsAWarning() throws IOException {
    cli.write("flows/archive.asl.json", Fixtures.UNREACHABLE);
    cli.write("lint-baseline.json", "{\"version\": 1, \"findings\": [{\"path\": "
        + "\"elsewhere/archive.asl.json\", \"ruleId\": \"ASL006\", \"pointer\": "
        + "\"/States/Archive\", \"count\": 1}]}");
    assertThat(cli.run("--no-config", "--baseline", "lint-baseline.json", ".")).isEqualTo(1);
    assertThat(cli.err).contains("warning", "baseline", "matched none");
  }

  @Test
  void aBaselineThatIsNotOneIsAUsageError() throws IOException {
    cli.write("flows/archive.asl.json", Fixtures.UNREACHABLE);
    cli.write("baseline.json", "{\"findings\": 3}");
    assertThat(cli.run("--no-config", "--baseline", "baseline.json", ".")).isEqualTo(2);
    assertThat(cli.err).contains("is not a sfn-appsync-lint baseline");
  }
}
