package dev.sfnappsynclint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the packaged jar the way the README tells a newcomer to: a real process, with the
 * repository's examples.
 */
class ExecutableJarIT {

  private static final Path JAR = Path.of(System.getProperty("sfnappsynclint.jar"));
  private static final Path ROOT = Path.of(System.getProperty("sfnappsynclint.root"));

  private record Run(int exitCode, String out, String err) {}

  private static Run run(Path directory, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(directory.toFile()).start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void helpWorks() throws Exception {
    Run run = run(ROOT, "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: sfn-appsync-lint");
  }

  @Test
  void theReadmeQuickStartReportsTheExamplesDefects() throws Exception {
    Run run = run(ROOT, "examples/");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("examples/blog-api/schema.graphql:22:3: error GQL001 "
            + "ReturnTypeDeniesAuthMode: Query.listPosts → Post.author → Author: a caller with "
            + "API_KEY reaches Post.author")
        .contains("(from AuthenticationType of BlogApi in examples/blog-api/template.yaml:8)")
        .contains("examples/order-service/statemachine/refund.asl.yaml:13:11: error ASL004 "
            + "UnknownTransitionTarget: Next of \"Look up payment\" names \"Refund paymnet\"")
        .contains("examples/report-pipeline/statemachines/export-report.asl.json:12:5: error "
            + "ASL008 LoopWithoutExit: Loop \"Get status\" → \"Finished?\" → \"Wait a minute\" → "
            + "\"Get status\" has no exit")
        .contains("examples/report-pipeline/statemachines/export-report.asl.json:34:13: error "
            + "ASL005 DuplicateStateName")
        .contains("examples/sam-order-app/statemachine/fulfil-order.asl.json:23:22: error ASL010 "
            + "UndefinedPlaceholder: ${OrderTable} is never replaced")
        .contains("examples/sam-order-app/template.yaml:57:25: error ASL010")
        .doesNotContain("process-order.asl.json")
        .endsWith("Found 13 problems (11 errors, 1 warning, 1 note) in 7 files.\n");
  }

  @Test
  void jsonInsideAProjectListsEveryFindingWithPathsRelativeToIt() throws Exception {
    Run run = run(ROOT.resolve("examples/order-service"), "--format", "json", ".");
    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode report = JsonMapper.builder().build().readTree(run.out());
    assertThat(report.get("findings")).hasSize(4);
    for (JsonNode finding : report.get("findings")) {
      assertThat(finding.get("path").asString())
          .isEqualTo("statemachine/refund.asl.yaml");
    }
    assertThat(report.get("summary").get("files").asInt()).isEqualTo(2);
  }

  /**
   * The launcher beside the jar (what the README, the Action and pre-commit run) gives the same
   * report through a link, with the build's class-data archive, and nothing on standard error.
   */
  @Test
  @DisabledOnOs(OS.WINDOWS)
  void theLauncherBesideTheJarGivesTheSameReport(@TempDir Path links) throws Exception {
    Path launcher = JAR.toAbsolutePath().resolveSibling("sfn-appsync-lint");
    assertThat(launcher).isExecutable();
    assertThat(JAR.toAbsolutePath().resolveSibling("sfn-appsync-lint.jsa")).exists();
    Path link = Files.createSymbolicLink(links.resolve("sfn-appsync-lint"), launcher);
    Process process = new ProcessBuilder(link.toString(), "examples/").directory(ROOT.toFile())
        .start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    Run jar = run(ROOT, "examples/");
    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(err).isEmpty();
    assertThat(out).isEqualTo(jar.out());
    Files.delete(link);
  }

  /**
   * The launcher's class-data archive maps (-Xshare:on fails the run if it does not) and holds
   * what a short run loads: picocli too, which the jar carries compiled for Java 17 because its
   * published Java 5 classes cannot be archived. HotSpot only (the archive is HotSpot's); not on
   * Windows, where -Xlog's file= takes no drive letter unquoted.
   */
  @Test
  @DisabledOnOs(OS.WINDOWS)
  void theClassDataArchiveHoldsWhatAShortRunLoads(@TempDir Path logs) throws Exception {
    assumeFalse(System.getProperty("java.vm.name", "").contains("OpenJ9"),
        "the class-data archive is HotSpot's");
    Path log = logs.resolve("class-load.log");
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:SharedArchiveFile=" + JAR.toAbsolutePath().resolveSibling("sfn-appsync-lint.jsa"),
        "-Xshare:on", "-Xlog:class+load:file=" + log, "-jar", JAR.toAbsolutePath().toString(),
        "--no-config", "examples/order-service/statemachine/process-order.asl.json")
        .directory(ROOT.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    List<String> loaded = Files.readAllLines(log);
    assertThat(loaded).as(output)
        .anyMatch(line -> line.contains(" picocli.CommandLine source: shared"))
        .anyMatch(line -> line.contains(".CompiledRuleMetadata source: shared"));
    List<String> fromTheJar = loaded.stream()
        .filter(line -> line.contains("source: file:") || line.contains("source: jar:")).toList();
    assertThat(fromTheJar).as("classes read from the jar, not the archive").hasSizeLessThan(20);
  }

  @Test
  void missingPathExitsTwo() throws Exception {
    Run run = run(ROOT, "does-not-exist/");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Path does not exist: does-not-exist");
  }
}
