package dev.sfnappsynclint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs an attacker controls, generated at test time: each ends in a finding or a clear
 * error, within seconds, with the other files still linted and nothing written but what was
 * asked for.
 */
class UntrustedInputTest {

  private static final Duration BOUND = Duration.ofSeconds(30);
  private static final String CLEAN =
      "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}\n";

  @TempDir
  Path root;

  private Path work;
  private CliRun cli;

  @BeforeEach
  void setUp() throws IOException {
    work = Files.createDirectories(root.resolve("repo"));
    cli = new CliRun(work);
    cli.write("other/clean.asl.json", CLEAN);
  }

  private List<String> filesUnder(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString())
          .sorted().toList();
    }
  }

  private static String template(String definitionUri) {
    return "Transform: AWS::Serverless-2016-10-31\nResources:\n  Flow:\n"
        + "    Type: AWS::Serverless::StateMachine\n    Properties:\n"
        + "      DefinitionUri: \"" + definitionUri + "\"\n";
  }

  @Test
  void definitionFilesOutsideTheRepositoryAreNotRead() throws IOException {
    Path secrets = Files.createDirectories(root.resolve("secrets"));
    Files.writeString(secrets.resolve("x.yml"), "aws_access_key_id: AKIAFAKEFAKEFAKE\n"
        + "StartAt: A\nStates: {A: {Type: Succeed}}\n");
    cli.write("climb/template.yaml", template("../../secrets/x.yml"));
    cli.write("absolute/template.yaml", template(secrets.resolve("x.yml").toString()));
    cli.write("proc/template.yaml", template("/proc/self/environ"));
    cli.write("nul/template.yaml", template("flow\\0.asl.json"));
    try {
      Files.createSymbolicLink(work.resolve("linked.yml"), secrets.resolve("x.yml"));
      cli.write("link/template.yaml", template("../linked.yml"));
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("symbolic links are not supported here");
    }
    List<String> before = filesUnder(root);
    int code = assertTimeoutPreemptively(BOUND, () -> cli.run("-f", "json", "."));
    assertThat(code).isZero();
    assertThat(cli.out).doesNotContain("AKIAFAKE").contains("\"files\": 6");
    assertThat(cli.out.lines().filter(l -> l.contains("\"ruleId\": \"ASL096\"")).count())
        .isEqualTo(5);
    assertThat(cli.out).contains("outside the linted folder", "a link that leads outside",
        "not a valid path");
    assertThat(filesUnder(root)).isEqualTo(before);
  }

  @Test
  void aPipeOrDeviceNamedOnTheCommandLineIsNotReadAndTheRestIsLinted() throws Exception {
    Path fifo = work.resolve("pipe.asl.json");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("mkfifo is not available here");
      return;
    }
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    int code = assertTimeoutPreemptively(BOUND,
        () -> cli.run("pipe.asl.json", "/dev/zero", "other"));
    assertThat(code).isEqualTo(1);
    assertThat(cli.out).contains("pipe.asl.json:1:1: error ASL000 InvalidSyntax: Not a regular file")
        .contains("in 3 files");
  }

  @Test
  void aHugeFnJoinIsCutAtTheFileSizeLimitNotExpandedInMemory() throws IOException {
    // 400 pieces joined by a 200 KB delimiter would be an 80 MB definition.
    StringBuilder pieces = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      pieces.append(i == 0 ? "" : ", ").append("\"{}\"");
    }
    cli.write("join/template.json", "{\"Resources\": {\"M\": {\"Type\": "
        + "\"AWS::StepFunctions::StateMachine\", \"Properties\": {\"DefinitionString\": "
        + "{\"Fn::Join\": [\"" + "x".repeat(200_000) + "\", [" + pieces + "]]}}}}}\n");
    int code = assertTimeoutPreemptively(BOUND, () -> cli.run("join"));
    assertThat(code).isEqualTo(1);
    assertThat(cli.out).contains("error ASL000 InvalidSyntax: DefinitionString of M joins into "
        + "79800800 characters, above the 10485760-character limit; it was not linted.");
    assertThat(cli.err).doesNotContain("OutOfMemoryError");
  }

  @Test
  void manyMisspelledTargetsAndHugeNamesStayFast() throws IOException {
    StringBuilder states = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      states.append(i == 0 ? "" : ",\n").append("\"State").append(i)
          .append("\": {\"Type\": \"Pass\", \"Next\": \"Stat").append(i).append("x\"}");
    }
    cli.write("typos/many.asl.json", "{\"StartAt\": \"State0\", \"States\": {" + states + "}}");
    String longName = "n".repeat(30_000);
    StringBuilder longStates = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      longStates.append(i == 0 ? "" : ",\n").append("\"").append(longName).append(i)
          .append("\": {\"Type\": \"Pass\", \"Next\": \"").append(longName).append("x").append(i)
          .append("\"}");
    }
    cli.write("typos/long.asl.json", "{\"StartAt\": \"" + longName + "0\", \"States\": {"
        + longStates + "}}");
    int code = assertTimeoutPreemptively(BOUND, () -> cli.run("-f", "json", "-o", "r.json",
        "typos"));
    assertThat(code).isEqualTo(1);
  }

  @Test
  void malformedGlobsAreUsageErrors() throws IOException {
    assertThat(cli.run("--include", "[unclosed", ".")).isEqualTo(2);
    assertThat(cli.err).contains("[unclosed");
    cli.write(".sfn-appsync-lint.yml", "exclude: ['legacy/[oops']\n");
    assertThat(cli.run(".")).isEqualTo(2);
    assertThat(cli.err).contains(".sfn-appsync-lint.yml:1:");
  }

  @Test
  void deeplyNestedFoldersAreWalkedQuickly() throws Exception {
    // Outside @TempDir: JUnit's clean-up of 1,600 nested folders takes minutes; rm -rf does not.
    Path tree = Files.createTempDirectory("deep");
    try {
      String nested = "d/".repeat(1_600);
      Process mkdir = new ProcessBuilder("mkdir", "-p", nested).directory(tree.toFile()).start();
      Assumptions.assumeTrue(mkdir.waitFor() == 0, "mkdir -p refuses paths this deep here");
      Files.writeString(tree.resolve(nested + "deep.asl.json"), CLEAN);
      CliRun deep = new CliRun(tree);
      int code = assertTimeoutPreemptively(BOUND, () -> deep.run("-f", "json", "."));
      assertThat(code).isZero();
      assertThat(deep.out).contains("\"files\": 1");
    } finally {
      new ProcessBuilder("rm", "-rf", tree.toString()).start().waitFor();
    }
  }
}
