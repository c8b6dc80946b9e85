package dev.sfnappsynclint.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The action's script, run on this machine the way a GitHub runner runs it. */
class ActionScriptTest {

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
  private static final String WARNING_ONLY =
      "StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n    End: true\n";
  private static final String CLEAN =
      "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}\n";

  @TempDir
  Path base;

  private ActionRun action;

  @BeforeEach
  void setUp() throws IOException {
    action = new ActionRun(base);
  }

  /** The repository's examples/ as the workspace's project. */
  private void examplesProject() throws IOException {
    action.copyExamples();
  }

  @Test
  void examplesGetAnnotationsOutputsASummaryAndValidSarif() throws Exception {
    examplesProject();
    assertThat(action.run()).isEqualTo(1);
    assertThat(action.annotations()).hasSize(13)
        .contains("::error file=examples/blog-api/schema.graphql,line=22,col=3,endLine=22,"
            + "endColumn=9,title=GQL001 ReturnTypeDeniesAuthMode::Query.listPosts → Post.author "
            + "→ Author: a caller with API_KEY reaches Post.author, but no field of Author admits "
            + "API_KEY (Author admits AMAZON_COGNITO_USER_POOLS), so every selection of author "
            + "fails with Unauthorized. The API: default AMAZON_COGNITO_USER_POOLS, additional "
            + "API_KEY (from AuthenticationType of BlogApi in examples/blog-api/template.yaml:8).")
        .contains("::error file=examples/order-service/statemachine/refund.asl.yaml,line=13,col=11,"
            + "endLine=13,endColumn=25,title=ASL004 UnknownTransitionTarget::Next of \"Look up "
            + "payment\" names \"Refund paymnet\", but the state machine has no such state. Did you "
            + "mean \"Refund payment\"?")
        .contains("::warning file=examples/sam-order-app/template.yaml,line=33,col=9,endLine=33,"
            + "endColumn=20,title=ASL011 UnusedSubstitution::DefinitionSubstitutions key "
            + "\"OrdersTable\" of FulfilOrder is never used: the definition has no ${OrdersTable}.");

    Path sarif = action.runnerTemp.resolve("sfn-appsync-lint.sarif");
    assertThat(action.outputs()).containsEntry("sarif-file", sarif.toString())
        .containsEntry("error-count", "11")
        .containsEntry("warning-count", "1")
        .containsEntry("exit-code", "1");

    assertThat(action.summary()).startsWith("## sfn-appsync-lint")
        .contains("**11 errors**, **1 warning**, **1 note** in 7 files.")
        .contains("[examples/order-service/statemachine/refund.asl.yaml:13](https://github.com/"
            + "octo/orders/blob/0123456789abcdef/examples/order-service/statemachine/"
            + "refund.asl.yaml#L13)")
        .contains("### Rules")
        .contains("/docs/rules/ASL006.md) | UnreachableState | 5 |")
        // 11 errors: more than GitHub shows as annotations of one step, which the summary says.
        .contains("GitHub shows at most 10 error and 10 warning annotations per step; this run "
            + "found 11 errors and 1 warnings");

    assertValidSarif(Files.readString(sarif));
    assertThat(Files.readString(sarif)).contains("\"uri\": \"examples/sam-order-app/template.yaml\"");
  }

  @Test
  void failOnDecidesTheExitStatus() throws Exception {
    action.write("flows/dup.asl.yaml", WARNING_ONLY);
    assertThat(action.input("fail-on", "error").run()).isZero();
    assertThat(action.outputs()).containsEntry("exit-code", "0").containsEntry("warning-count", "1");
    assertThat(action.input("fail-on", "warning").run()).isEqualTo(1);
    assertThat(action.input("fail-on", "note").run()).isEqualTo(1);
    action.write("flows/archive.asl.json", UNREACHABLE);
    assertThat(action.input("fail-on", "none").run()).isZero();
    assertThat(action.outputs()).containsEntry("error-count", "1");
  }

  @Test
  void deferredFailureLetsTheUploadRunFirst() throws Exception {
    action.write("flows/archive.asl.json", UNREACHABLE);
    action.environment.put("SFN_APPSYNC_LINT_DEFER_FAILURE", "true");
    assertThat(action.run()).isZero();
    assertThat(action.outputs()).containsEntry("exit-code", "1");
  }

  @Test
  void appSyncAuthInputsAreTheApisModes() throws Exception {
    action.write("api/schema.graphql", """
        type Query {
          report(id: ID!): Report @aws_iam
        }

        type Report @aws_iam {
          id: ID!
        }
        """);
    assertThat(action.input("appsync-default-auth", "API_KEY")
        .input("appsync-additional-auth", "AMAZON_COGNITO_USER_POOLS, OPENID_CONNECT").run())
        .isEqualTo(1);
    assertThat(action.annotations()).anySatisfy(a -> assertThat(a)
        .startsWith("::error file=api/schema.graphql,line=2,")
        .contains("GQL003 UnconfiguredAuthMode")
        .contains("default API_KEY, additional AMAZON_COGNITO_USER_POOLS, OPENID_CONNECT (from "
            + "--appsync-default-auth"));
    assertThat(action.input("appsync-additional-auth", "AWS_IAM; rm -rf /").run()).isEqualTo(2);
    assertThat(action.stdout).contains("appsync-default-auth and appsync-additional-auth take "
        + "auth modes such as API_KEY or AWS_IAM; got \"AWS_IAM;\"");
  }

  @Test
  void aCleanProject() throws Exception {
    action.write("flows/ok.asl.json", CLEAN);
    assertThat(action.run()).isZero();
    assertThat(action.annotations()).isEmpty();
    assertThat(action.outputs()).containsEntry("error-count", "0").containsEntry("exit-code", "0");
    assertThat(action.summary()).contains("0 errors, 0 warnings, 0 notes in 1 file.");
  }

  @Test
  void withoutAnnotationsTheLogGetsPlainText() throws Exception {
    action.write("flows/archive.asl.json", UNREACHABLE);
    assertThat(action.input("annotations", "false").run()).isEqualTo(1);
    assertThat(action.annotations()).isEmpty();
    assertThat(action.stdout).contains("flows/archive.asl.json:5:5: error ASL006 UnreachableState");
  }

  @Test
  void moreThanTenErrorsAreSummarisedAndPointToSarif() throws Exception {
    for (int i = 0; i < 12; i++) {
      action.write("flows/archive" + i + ".asl.json", UNREACHABLE);
    }
    assertThat(action.run()).isEqualTo(1);
    assertThat(action.annotations()).hasSize(12);
    assertThat(action.summary())
        .contains("GitHub shows at most 10 error and 10 warning annotations per step; this run "
            + "found 12 errors and 0 warnings")
        .contains("sfn-appsync-lint.sarif");
  }

  @Test
  void pathsConfigWorkflowTypeAndSarifFileInputs() throws Exception {
    action.write("flows/archive.asl.json", UNREACHABLE);
    action.write("legacy/old.asl.json", UNREACHABLE);
    action.write("lint/strict.yml", "rules:\n  UnreachableState: warning\n");
    action.input("paths", "flows\nlint").input("config", "lint/strict.yml")
        .input("workflow-type", "express").input("sarif-file", "reports/lint.sarif");
    assertThat(action.run()).isZero();
    assertThat(action.annotations()).singleElement().asString()
        .startsWith("::warning file=flows/archive.asl.json,line=5");
    assertThat(action.outputs()).containsEntry("sarif-file",
        action.workspace.resolve("reports/lint.sarif").toString());
    assertThat(action.workspace.resolve("reports/lint.sarif")).exists();
  }

  @Test
  void onlyChangedLintsTheFilesOfThePullRequest() throws Exception {
    action.write("flows/old.asl.json", UNREACHABLE);
    action.write("flows/kept.asl.json", CLEAN);
    String base = git("init", "-q", "-b", "main") + commit("base");
    action.write("flows/new.asl.json", UNREACHABLE);
    action.write("flows/kept.asl.json", CLEAN.replace("\"A\"", "\"B\""));
    Files.delete(action.workspace.resolve("flows/old.asl.json"));
    String head = commit("head");
    Path event = action.runnerTemp.resolve("event.json");
    Files.writeString(event, "{\"pull_request\": {\"base\": {\"sha\": \"" + base
        + "\"}, \"head\": {\"sha\": \"" + head + "\"}}}");
    action.environment.put("GITHUB_EVENT_PATH", event.toString());
    action.write("flows/untouched.asl.json", UNREACHABLE);
    assertThat(action.input("only-changed", "true").run()).isEqualTo(1);
    assertThat(action.annotations()).singleElement().asString()
        .startsWith("::error file=flows/new.asl.json,line=5");
    assertThat(action.summary()).contains("in 2 files.");

    // Outside a pull request, every file is linted.
    action.environment.remove("GITHUB_EVENT_PATH");
    action.run();
    assertThat(action.annotations()).hasSize(2);
    assertThat(action.stdout).contains("not a pull request event");
  }

  private void pullRequestEvent(String base, String head) throws IOException {
    Path event = action.runnerTemp.resolve("event.json");
    Files.writeString(event, "{\"pull_request\": {\"base\": {\"sha\": \"" + base
        + "\"}, \"head\": {\"sha\": \"" + head + "\"}}}");
    action.environment.put("GITHUB_EVENT_PATH", event.toString());
  }

  @Test
  void onlyChangedLintsFilesWithAnyNameAndComparesWithTheMergeBase() throws Exception {
    action.write("sm/ok.asl.json", CLEAN);
    action.write("sm/main-only.asl.json", CLEAN);
    git("init", "-q", "-b", "main");
    commit("start");
    git("checkout", "-q", "-b", "feature");
    action.write("sm/café.asl.json", UNREACHABLE);
    action.write("sm/with space \"quoted\".asl.json", UNREACHABLE);
    String head = commit("feature");
    // main moves on and breaks a file the pull request does not touch.
    git("checkout", "-q", "main");
    action.write("sm/main-only.asl.json", UNREACHABLE);
    String base = commit("main moves on");
    git("checkout", "-q", "feature");
    pullRequestEvent(base, head);

    for (String paths : List.of("sm", "./sm", "sm/", "./sm/", action.workspace + "/sm", ".",
        action.workspace.toString())) {
      assertThat(action.input("only-changed", "true").input("paths", paths).run())
          .as(paths).isEqualTo(1);
      assertThat(action.annotations()).as(paths).hasSize(2)
          .anySatisfy(a -> assertThat(a).startsWith("::error file=sm/café.asl.json,line=5"))
          .anySatisfy(a -> assertThat(a).startsWith("::error file=sm/with space \"quoted\".asl.json"))
          .noneSatisfy(a -> assertThat(a).contains("main-only"));
    }
    assertThat(action.input("paths", "other").run()).isZero();
    assertThat(action.stdout).contains("changes no file under the given paths");
  }

  @Test
  void aRunStartsCleanAndAToolErrorReportsTheErrorNotTheLastRunsCounts() throws Exception {
    action.write("flows/archive.asl.json", UNREACHABLE);
    assertThat(action.run()).isEqualTo(1);
    assertThat(action.outputs()).containsEntry("error-count", "1");
    Path sarif = action.runnerTemp.resolve("sfn-appsync-lint.sarif");
    assertThat(sarif).exists();
    Files.delete(action.runnerTemp.resolve("output.txt"));
    Files.delete(action.runnerTemp.resolve("summary.md"));

    action.write(".sfn-appsync-lint.yml", "rulez: {}\n");
    assertThat(action.run()).isEqualTo(2);
    assertThat(action.outputs()).containsEntry("exit-code", "2")
        .containsEntry("sarif-file", "").doesNotContainEntry("error-count", "1");
    assertThat(sarif).doesNotExist();
    assertThat(action.runnerTemp.resolve("sfn-appsync-lint.json")).doesNotExist();
    assertThat(action.summary()).contains("did not run (exit code 2)").doesNotContain("ASL006");

    // A failure before the linter runs (a wrong input) leaves no old report behind either.
    Files.delete(action.workspace.resolve(".sfn-appsync-lint.yml"));
    assertThat(action.run()).isEqualTo(1);
    assertThat(sarif).exists();
    assertThat(action.input("fail-on", "sometimes").run()).isEqualTo(2);
    assertThat(sarif).doesNotExist();
  }

  @Test
  void eventValuesCannotReachGitOrInjectWorkflowCommands() throws Exception {
    action.write("flows/kept.asl.json", CLEAN);
    git("init", "-q", "-b", "main");
    commit("base");
    Path event = action.runnerTemp.resolve("event.json");
    Files.writeString(event, "{\"pull_request\": {\"base\": {\"sha\": \"--output=/tmp/x\\n"
        + "::stop-commands::t\"}, \"head\": {\"sha\": \"HEAD\"}}}");
    action.environment.put("GITHUB_EVENT_PATH", event.toString());
    assertThat(action.input("only-changed", "true").run()).isEqualTo(2);
    assertThat(action.stdout).contains("::error title=sfn-appsync-lint::only-changed: the "
        + "event's base or head is not a commit SHA.");
    assertThat(action.stdout.lines()).noneMatch(line -> line.startsWith("::stop-commands"));

    action.environment.remove("GITHUB_EVENT_PATH");
    assertThat(action.input("only-changed", "false").input("fail-on", "x\n::warning::y%").run())
        .isEqualTo(2);
    assertThat(action.stdout).contains("fail-on must be error, warning, note or none, not "
        + "'x%0A::warning::y%25'.");
    assertThat(action.stdout.lines()).noneMatch(line -> line.startsWith("::warning"));
  }

  @Test
  void onlyChangedWithNothingToLint() throws Exception {
    action.write("docs/readme.md", "hello");
    String base = git("init", "-q", "-b", "main") + commit("base");
    action.write("docs/readme.md", "hello again");
    String head = commit("head");
    Path event = action.runnerTemp.resolve("event.json");
    Files.writeString(event, "{\"pull_request\": {\"base\": {\"sha\": \"" + base
        + "\"}, \"head\": {\"sha\": \"" + head + "\"}}}");
    action.environment.put("GITHUB_EVENT_PATH", event.toString());
    assertThat(action.input("only-changed", "true").input("paths", "flows").run()).isZero();
    assertThat(action.outputs()).containsEntry("exit-code", "0").containsEntry("error-count", "0");
    assertThat(action.summary()).contains("changes no file to lint");
  }

  /** What the shade plugin attaches as the "all" classifier of the CLI's artifact. */
  private static Path attachedJar() {
    String version = System.getProperty("sfnappsynclint.version", "0.1.0-SNAPSHOT");
    return ActionRun.ROOT.resolve("cli/target/sfn-appsync-lint-cli-" + version + "-all.jar");
  }

  @Test
  void theActionDownloadsTheArtifactTheCliBuildPublishes() throws Exception {
    // The script's URL names sfn-appsync-lint-cli-VERSION-all.jar; the build must attach a jar
    // by that name (a shade <outputFile> would disable the attachment) and it must be the
    // executable jar.
    String script = Files.readString(ActionRun.SCRIPT);
    assertThat(script).contains("/dev/sfnappsynclint/sfn-appsync-lint-cli/$version/"
        + "sfn-appsync-lint-cli-$version-all.jar");
    assertThat(attachedJar()).exists();
    assertThat(Files.readAllBytes(attachedJar())).isEqualTo(Files.readAllBytes(ActionRun.JAR));
    String pom = Files.readString(ActionRun.ROOT.resolve("cli/pom.xml"));
    assertThat(pom).contains("<shadedArtifactAttached>true</shadedArtifactAttached>",
        "<shadedClassifierName>all</shadedClassifierName>");
  }

  @Test
  void aVersionIsDownloadedOnceAndVerified() throws Exception {
    // A stand-in for Maven Central, laid out the same way.
    Path repository = base.resolve("central");
    Path folder = Files.createDirectories(repository.resolve(
        "dev/sfnappsynclint/sfn-appsync-lint-cli/9.9.9"));
    // The jar the CLI build attaches (the "all" classifier), which install/deploy publish.
    byte[] jar = Files.readAllBytes(attachedJar());
    Files.write(folder.resolve("sfn-appsync-lint-cli-9.9.9-all.jar"), jar);
    Files.writeString(folder.resolve("sfn-appsync-lint-cli-9.9.9-all.jar.sha1"),
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(jar)));
    action.environment.remove("INPUT_CLI_JAR");
    action.environment.put("SFN_APPSYNC_LINT_MAVEN_REPOSITORY", repository.toUri().toString());
    action.write("flows/archive.asl.json", UNREACHABLE);
    assertThat(action.input("version", "9.9.9").run()).as(action.stderr).isEqualTo(1);
    assertThat(base.resolve("tool-cache/sfn-appsync-lint/9.9.9/sfn-appsync-lint.jar")).exists();
    assertThat(action.stdout).contains("Downloading");

    // Cached: the second run needs no repository.
    action.environment.put("SFN_APPSYNC_LINT_MAVEN_REPOSITORY", base.resolve("gone").toUri().toString());
    assertThat(action.run()).isEqualTo(1);
    assertThat(action.stdout).doesNotContain("Downloading");

    // A corrupted download is refused.
    Files.writeString(folder.resolve("sfn-appsync-lint-cli-9.9.9-all.jar.sha1"), "0".repeat(40));
    action.environment.put("SFN_APPSYNC_LINT_MAVEN_REPOSITORY", repository.toUri().toString());
    action.environment.put("RUNNER_TOOL_CACHE", base.resolve("fresh-cache").toString());
    assertThat(action.run()).isEqualTo(2);
    assertThat(action.stdout).contains("checksum mismatch");
  }

  /**
   * A jar without the launcher beside it (a download, or cli-jar naming another jar) runs with
   * the launcher's JVM options: the quick compiler, and huge pages where the launcher uses them.
   */
  @Test
  @DisabledOnOs(OS.WINDOWS)
  void aJarWithoutTheLauncherRunsWithItsJvmOptions() throws Exception {
    Path bin = Files.createDirectories(base.resolve("recording-bin"));
    Path arguments = base.resolve("java-arguments.txt");
    Path wrapper = bin.resolve("java");
    Files.writeString(wrapper, "#!/bin/sh\necho \"$*\" >> '" + arguments + "'\nexec '"
        + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
    assertThat(wrapper.toFile().setExecutable(true)).isTrue();
    action.environment.put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
    action.write("flows/archive.asl.json", UNREACHABLE);
    assertThat(action.input("cli-jar", attachedJar().toString()).run()).as(action.stderr)
        .isEqualTo(1);
    String recorded = Files.readString(arguments);
    assertThat(recorded).contains("-XX:TieredStopAtLevel=1 ").contains("-jar " + attachedJar());
    Path thp = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    if (Files.isReadable(thp) && !Files.readString(thp).contains("[never]")) {
      assertThat(recorded).contains("-XX:+UseTransparentHugePages");
    } else {
      assertThat(recorded).doesNotContain("UseTransparentHugePages");
    }
  }

  @Test
  void withoutJqTheScriptReadsJsonWithNode() throws Exception {
    // A PATH with every tool the script uses but jq.
    Path bin = Files.createDirectories(base.resolve("bin-without-jq"));
    for (String tool : List.of("sh", "java", "node", "git", "dirname", "basename", "mkdir", "cat",
        "cut", "mv", "curl", "sha1sum", "rm")) {
      for (String folder : List.of("/usr/bin", "/bin", "/usr/local/bin")) {
        Path found = Path.of(folder, tool);
        if (Files.isExecutable(found) && !Files.exists(bin.resolve(tool))) {
          Files.createSymbolicLink(bin.resolve(tool), found.toRealPath());
        }
      }
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(bin.resolve("node")),
        "Skipped: no node on this machine");
    action.environment.put("PATH", bin.toString());
    action.write("flows/archive.asl.json", UNREACHABLE);
    action.write("flows/dup.asl.yaml", WARNING_ONLY);
    assertThat(action.run()).as(action.stderr).isEqualTo(1);
    assertThat(action.outputs()).containsEntry("error-count", "1")
        .containsEntry("warning-count", "1");
  }

  @Test
  void wrongInputsAreClearErrors() throws Exception {
    assertThat(action.input("fail-on", "fatal").run()).isEqualTo(2);
    assertThat(action.stdout).contains("::error title=sfn-appsync-lint::fail-on must be error, "
        + "warning, note or none, not 'fatal'.");
    assertThat(action.outputs()).containsEntry("exit-code", "2");
    assertThat(action.input("fail-on", "error").input("cli-jar", "missing.jar").run()).isEqualTo(2);
    assertThat(action.stdout).contains("cli-jar 'missing.jar' does not exist.");
    action.environment.remove("INPUT_CLI_JAR");
    assertThat(action.input("cli-jar", "").input("version", "1.0;rm -rf /").run()).isEqualTo(2);
    assertThat(action.stdout).contains("is not a version number");
  }

  @Test
  void aConfigurationErrorIsExitCodeTwoWithASummary() throws Exception {
    action.write("flows/archive.asl.json", UNREACHABLE);
    action.write(".sfn-appsync-lint.yml", "rulez: {}\n");
    assertThat(action.run()).isEqualTo(2);
    assertThat(action.stderr).contains(".sfn-appsync-lint.yml:1:1: unknown key \"rulez\"");
    assertThat(action.outputs()).containsEntry("exit-code", "2");
    assertThat(action.summary()).contains("did not run (exit code 2)");
  }

  private String git(String... args) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of("git"),
        Stream.of(args)).toList()).directory(action.workspace.toFile()).redirectErrorStream(true);
    builder.environment().put("GIT_AUTHOR_NAME", "Test");
    builder.environment().put("GIT_AUTHOR_EMAIL", "test@example.com");
    builder.environment().put("GIT_COMMITTER_NAME", "Test");
    builder.environment().put("GIT_COMMITTER_EMAIL", "test@example.com");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("git %s: %s", List.of(args), output).isZero();
    return "";
  }

  private String commit(String message) throws Exception {
    git("add", "-A");
    git("commit", "-q", "-m", message);
    ProcessBuilder builder = new ProcessBuilder("git", "rev-parse", "HEAD")
        .directory(action.workspace.toFile());
    Process process = builder.start();
    String sha = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    process.waitFor();
    return sha;
  }

  static void assertValidSarif(String sarif) throws IOException {
    try (InputStream in = ActionScriptTest.class.getResourceAsStream(
        "/schema/sarif-schema-2.1.0.json")) {
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
      assertThat(schema.validate(sarif, InputFormat.JSON)).isEmpty();
    }
  }
}
