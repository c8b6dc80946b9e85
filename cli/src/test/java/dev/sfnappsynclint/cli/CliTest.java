package dev.sfnappsynclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CliTest {

  private static final String UNREACHABLE = Fixtures.UNREACHABLE;
  private static final String DUPLICATE_KEY = Fixtures.DUPLICATE_KEY;

  @TempDir
  Path work;

  private CliRun cli;
  private String out;
  private String err;

  private int run(String... args) {
    int code = cli.run(args);
    out = cli.out;
    err = cli.err;
    return code;
  }

  private void write(String relative, String text) throws IOException {
    cli.write(relative, text);
  }

  @BeforeEach
  void project() throws IOException {
    cli = new CliRun(work);
    write("flows/clean.asl.json", Fixtures.CLEAN);
  }

  @Test
  void cleanProjectExitsZero() {
    assertThat(run(".")).isZero();
    assertThat(out).isEqualTo("No problems found in 1 file.\n");
    assertThat(err).isEmpty();
  }

  @Test
  void errorsExitOneWithPathLineColumnSeverityIdAndName() throws IOException {
    write("flows/archive.asl.json", UNREACHABLE);
    assertThat(run("flows")).isEqualTo(1);
    assertThat(out).isEqualTo("flows/archive.asl.json:5:5: error ASL006 UnreachableState: State "
        + "\"Archive\" is never reached from \"Load\": no path of Next, Default, Choice or Catch "
        + "transitions in the state machine leads to it.\n"
        + "Found 1 problem (1 error, 0 warnings, 0 notes) in 2 files.\n");
  }

  @Test
  void lintSubcommandIsTheSameAsTheBareCommand() throws IOException {
    write("flows/archive.asl.json", UNREACHABLE);
    assertThat(run("lint", "flows")).isEqualTo(1);
    String viaLint = out;
    run("flows");
    assertThat(out).isEqualTo(viaLint);
  }

  @Test
  void failOnDecidesWhichSeverityFails() throws IOException {
    write("flows/dup.asl.yaml", DUPLICATE_KEY);
    assertThat(run(".")).as("a warning does not fail by default").isZero();
    assertThat(out).contains("flows/dup.asl.yaml:6:5: warning ASL002 DuplicateKey");
    assertThat(run("--fail-on", "warning", ".")).isEqualTo(1);
    assertThat(run("--fail-on", "note", ".")).isEqualTo(1);
    write("flows/archive.asl.json", UNREACHABLE);
    assertThat(run("--fail-on", "none", ".")).isZero();
  }

  @Test
  void quietShowsErrorsOnly() throws IOException {
    write("flows/dup.asl.yaml", DUPLICATE_KEY);
    assertThat(run("--quiet", ".")).isZero();
    assertThat(out).doesNotContain("ASL002").contains("No problems found");
    assertThat(err).isEmpty();
  }

  @Test
  void quietHidesWarningsButTheyStillCountForFailOn() throws IOException {
    write("flows/dup.asl.yaml", DUPLICATE_KEY);
    assertThat(run("--quiet", "--fail-on", "warning", ".")).isEqualTo(1);
    assertThat(out).doesNotContain("ASL002");
    assertThat(err).isEqualTo("sfn-appsync-lint: 1 finding hidden by --quiet is at or above "
        + "--fail-on warning: the run fails\n");
    assertThat(run("--help")).isZero();
    assertThat(out).contains("still count for --fail-on");
  }

  @Test
  void jsonReportHasStableFieldsAndRelativePaths() throws IOException {
    write("flows/archive.asl.json", UNREACHABLE);
    write("flows/dup.asl.yaml", DUPLICATE_KEY);
    assertThat(run("--format", "json", ".")).isEqualTo(1);
    JsonNode report = JsonMapper.builder().build().readTree(out);
    assertThat(report.get("findings")).hasSize(2);
    JsonNode first = report.get("findings").get(0);
    assertThat(first.get("ruleId").asString()).isEqualTo("ASL006");
    assertThat(first.get("ruleName").asString()).isEqualTo("UnreachableState");
    assertThat(first.get("severity").asString()).isEqualTo("error");
    assertThat(first.get("path").asString()).isEqualTo("flows/archive.asl.json");
    assertThat(first.get("line").asInt()).isEqualTo(5);
    assertThat(first.get("column").asInt()).isEqualTo(5);
    assertThat(first.get("endLine").asInt()).isEqualTo(5);
    assertThat(first.get("endColumn").asInt()).isEqualTo(14);
    assertThat(first.get("pointer").asString()).isEqualTo("/States/Archive");
    assertThat(first.get("message").asString()).contains("never reached");
    assertThat(report.get("findings").get(1).get("severity").asString()).isEqualTo("warning");
    JsonNode summary = report.get("summary");
    assertThat(summary.get("errors").asInt()).isEqualTo(1);
    assertThat(summary.get("warnings").asInt()).isEqualTo(1);
    assertThat(summary.get("notes").asInt()).isZero();
    assertThat(summary.get("files").asInt()).isEqualTo(3);
  }

  @Test
  void outputIsTheSameBytesEveryRun() throws IOException {
    for (int i = 0; i < 12; i++) {
      write("many/m" + i + ".asl.json", UNREACHABLE);
    }
    run("--format", "json", ".");
    String first = out;
    run("--format", "json", ".");
    assertThat(out).isEqualTo(first);
  }

  @Test
  void outputFileReceivesTheReport() throws IOException {
    write("flows/archive.asl.json", UNREACHABLE);
    assertThat(run("--format", "json", "--output", "reports/lint.json", ".")).isEqualTo(1);
    assertThat(out).isEmpty();
    assertThat(cli.read("reports/lint.json")).contains("\"ASL006\"");
  }

  @Test
  void aPathThatDoesNotExistExitsTwoWithAClearMessage() {
    assertThat(run("flows", "nope")).isEqualTo(2);
    assertThat(err).contains("Path does not exist: nope");
    assertThat(out).contains("No problems found in 1 file.");
  }

  @Test
  void aMalformedFileIsAFindingAndTheOtherFilesAreStillLinted() throws IOException {
    write("flows/broken.asl.json", "{\n  \"StartAt\": \"A\"\n  \"States\": {}\n}\n");
    write("flows/archive.asl.json", UNREACHABLE);
    assertThat(run(".")).isEqualTo(1);
    assertThat(out).contains("flows/archive.asl.json:5:5: error ASL006")
        .contains("flows/broken.asl.json:3:3: error ASL000 InvalidSyntax: Invalid JSON:")
        .contains("in 3 files.");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("--format", "xml", ".")).isEqualTo(2);
    assertThat(err).contains("--format");
    assertThat(run("--no-such-option")).isEqualTo(2);
  }

  @Test
  void aUsageErrorSaysWhatIsWrongAndPointsToHelpInsteadOfPrintingIt() {
    assertThat(run("--no-such-option")).isEqualTo(2);
    assertThat(out).isEmpty();
    assertThat(err).startsWith("sfn-appsync-lint: error: Unknown option: '--no-such-option'")
        .endsWith("Try 'sfn-appsync-lint --help' for more information.\n")
        .doesNotContain("Usage:", "--workflow-type");
    assertThat(err.lines().count()).isLessThanOrEqualTo(3);

    assertThat(run("--fail-on", "sometimes", ".")).isEqualTo(2);
    assertThat(err).contains("--fail-on", "sometimes")
        .endsWith("Try 'sfn-appsync-lint --help' for more information.\n")
        .doesNotContain("Usage:");

    assertThat(run("rules", "--format", "xml")).isEqualTo(2);
    assertThat(err).endsWith("Try 'sfn-appsync-lint rules --help' for more information.\n")
        .doesNotContain("Usage:");
  }

  @Test
  void workflowTypeAcceptsStandardAndExpress() {
    assertThat(run("--workflow-type", "express", ".")).isZero();
    assertThat(run("--workflow-type", "STANDARD", ".")).isZero();
    assertThat(run("--workflow-type", "sync", ".")).isEqualTo(2);
  }

  @Test
  void appsyncAuthFlagsGiveTheApisModes() throws IOException {
    write("api/schema.graphql", """
        type Query {
          me: User
          publicPosts: [Post] @aws_api_key
        }
        type Post @aws_api_key {
          id: ID!
          author: User
        }
        type User {
          id: ID!
        }
        """);
    assertThat(run("--appsync-default-auth", "amazon_cognito_user_pools",
        "--appsync-additional-auth", "API_KEY", "api")).isEqualTo(1);
    assertThat(out).isEqualTo("api/schema.graphql:7:3: error GQL001 ReturnTypeDeniesAuthMode: "
        + "Query.publicPosts → Post.author → User: a caller with API_KEY reaches Post.author, but "
        + "no field of User admits API_KEY (User admits AMAZON_COGNITO_USER_POOLS), so every "
        + "selection of author fails with Unauthorized. The API: default "
        + "AMAZON_COGNITO_USER_POOLS, additional API_KEY (from --appsync-default-auth and "
        + "--appsync-additional-auth).\n"
        + "  api/schema.graphql:9:6: User admits AMAZON_COGNITO_USER_POOLS\n"
        + "Found 1 problem (1 error, 0 warnings, 0 notes) in 1 file.\n");

    assertThat(run("--appsync-additional-auth", "API_KEY", "api")).isEqualTo(2);
    assertThat(err).contains("--appsync-additional-auth needs --appsync-default-auth");
    assertThat(run("--appsync-default-auth", "PASSWORD", "api")).isEqualTo(2);
  }

  @Test
  void excludeSkipsFiles() throws IOException {
    write("legacy/archive.asl.json", UNREACHABLE);
    assertThat(run("--exclude", "legacy/**", ".")).isZero();
  }

  @Test
  void rulesListsEveryRule() {
    assertThat(run("rules")).isZero();
    assertThat(out).contains("ASL000  InvalidSyntax")
        .containsPattern("ASL006 +UnreachableState +error +A state that no path from StartAt reaches")
        .contains("ASL002  DuplicateKey", "warning");
  }

  @Test
  void fixAppliesSuggestedFixesThenReportsWhatIsLeft() throws IOException {
    String lambda = """
        {
          "StartAt": "Charge",
          "States": {
            "Charge": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:eu-west-1:123456789012:function:charge",
              "Next": "Ship"
            },
            "Ship": {
              "Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": { "FunctionName": "ship" },
              "End": true
            }
          }
        }
        """;
    String yaml = """
        StartAt: Charge
        States:
            Charge:
                Type: Task
                Resource: arn:aws:lambda:eu-west-1:123456789012:function:charge
                End: true
        """;
    write("flows/order.asl.json", lambda);
    write("flows/order.asl.yaml", yaml);
    write("flows/archive.asl.json", UNREACHABLE);

    assertThat(run("--fail-on", "warning", "flows")).isEqualTo(1);
    assertThat(out).contains("flows/order.asl.json:4:5: warning ASL027 "
        + "LambdaWithoutTransientRetry: Task \"Charge\" invokes a Lambda function")
        .contains("  fix: Add a retrier for Lambda.ServiceException");
    assertThat(cli.read("flows/order.asl.json")).as("nothing is written without --fix")
        .isEqualTo(lambda);

    assertThat(run("--fix", "--fail-on", "warning", "flows")).as("the error is left").isEqualTo(1);
    assertThat(err).isEqualTo("sfn-appsync-lint: applied 3 fixes to 2 files\n");
    assertThat(out).doesNotContain("ASL027").contains("ASL006")
        .contains("Found 1 problem (1 error, 0 warnings, 0 notes) in 4 files.");
    assertThat(cli.read("flows/order.asl.json")).contains("""
              "Resource": "arn:aws:lambda:eu-west-1:123456789012:function:charge",
              "Retry": [
                {
                  "ErrorEquals": [
                    "Lambda.ServiceException",
                    "Lambda.AWSLambdaException",
                    "Lambda.SdkClientException",
                    "Lambda.TooManyRequestsException"
                  ],
                  "IntervalSeconds": 1,
                  "MaxAttempts": 3,
                  "BackoffRate": 2,
                  "JitterStrategy": "FULL"
                }
              ],
              "Next": "Ship"
        """);
    assertThat(cli.read("flows/order.asl.yaml")).isEqualTo("""
        StartAt: Charge
        States:
            Charge:
                Type: Task
                Resource: arn:aws:lambda:eu-west-1:123456789012:function:charge
                Retry:
                    - ErrorEquals:
                          - Lambda.ServiceException
                          - Lambda.AWSLambdaException
                          - Lambda.SdkClientException
                          - Lambda.TooManyRequestsException
                      IntervalSeconds: 1
                      MaxAttempts: 3
                      BackoffRate: 2
                      JitterStrategy: FULL
                End: true
        """);
    assertThat(cli.read("flows/archive.asl.json")).isEqualTo(UNREACHABLE);

    assertThat(run("--fix", "--format", "json", "flows")).isEqualTo(1);
    assertThat(err).isEqualTo("sfn-appsync-lint: applied no fixes\n");
    assertThat(JsonMapper.builder().build().readTree(out).get("findings")).hasSize(1);
  }

  @Test
  void aNamedPathThatIsNotLintedIsNoSilentZero() throws IOException {
    write("legacy/archive.asl.json", UNREACHABLE);
    assertThat(run("--exclude", "legacy/**", "legacy")).isEqualTo(2);
    assertThat(err).contains("sfn-appsync-lint: error:", "legacy", "excluded", "legacy/**");
    assertThat(run("--exclude", "legacy/**", "legacy/archive.asl.json")).isEqualTo(2);
    assertThat(err).contains("legacy/archive.asl.json", "excluded");

    write(".sfn-appsync-lint.yml", "exclude: [\"legacy/**\"]\n");
    assertThat(run("legacy/archive.asl.json")).isEqualTo(2);
    assertThat(err).contains("legacy/archive.asl.json", "excluded");
  }

  @Test
  void aFolderWithNothingToLintSaysWhy() throws IOException {
    CliRun empty = new CliRun(work.resolve("app"));
    empty.write("cdk.out/App.template.json", "{\"Resources\": {}}");
    assertThat(empty.run(".")).isZero();
    assertThat(empty.out).contains("in 0 files");
    assertThat(empty.err).contains("warning", "No files to lint", "cdk.out");
  }

  @Test
  void fixWithQuietOnlyFixesWhatIsReported() throws IOException {
    String lambda = """
        {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:lambda:eu-west-1:123456789012:function:a", "End": true}}}
        """;
    write("flows/a.asl.json", lambda);
    assertThat(run("--fix", "--quiet", "flows")).isZero();
    assertThat(err).isEqualTo("sfn-appsync-lint: applied no fixes\n");
    assertThat(cli.read("flows/a.asl.json")).isEqualTo(lambda);
  }

  @Test
  void helpAndVersion() {
    assertThat(run("--help")).isZero();
    assertThat(out).contains("Usage: sfn-appsync-lint", "--fail-on", "--workflow-type", "rules");
    assertThat(run("--version")).isZero();
    assertThat(out).startsWith("sfn-appsync-lint ").doesNotContain("${");
  }
}
