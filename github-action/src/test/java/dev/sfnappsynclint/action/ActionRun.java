package dev.sfnappsynclint.action;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the action's script as a GitHub runner would: POSIX {@code sh}, a workspace, and the
 * runner's files and variables ({@code GITHUB_OUTPUT}, {@code GITHUB_STEP_SUMMARY},
 * {@code RUNNER_TEMP}, ...), with the inputs as {@code INPUT_*}.
 */
final class ActionRun {

  static final Path ROOT = Path.of(System.getProperty("sfnappsynclint.root", "..")).toAbsolutePath().normalize();
  static final Path SCRIPT = ROOT.resolve("github-action/sfn-appsync-lint.sh");
  static final Path JAR = ROOT.resolve("cli/target/sfn-appsync-lint.jar");

  final Path workspace;
  final Path runnerTemp;
  final Map<String, String> environment = new LinkedHashMap<>();
  int exitCode;
  String stdout;
  String stderr;

  ActionRun(Path base) throws IOException {
    workspace = Files.createDirectories(base.resolve("workspace"));
    runnerTemp = Files.createDirectories(base.resolve("runner-temp"));
    environment.put("GITHUB_WORKSPACE", workspace.toString());
    environment.put("RUNNER_TEMP", runnerTemp.toString());
    environment.put("RUNNER_TOOL_CACHE", base.resolve("tool-cache").toString());
    environment.put("GITHUB_OUTPUT", runnerTemp.resolve("output.txt").toString());
    environment.put("GITHUB_STEP_SUMMARY", runnerTemp.resolve("summary.md").toString());
    environment.put("GITHUB_SERVER_URL", "https://github.com");
    environment.put("GITHUB_REPOSITORY", "octo/orders");
    environment.put("GITHUB_SHA", "0123456789abcdef");
    environment.put("INPUT_CLI_JAR", JAR.toString());
    environment.put("INPUT_PATHS", ".");
    environment.put("INPUT_FAIL_ON", "error");
    environment.put("INPUT_ANNOTATIONS", "true");
    environment.put("INPUT_ONLY_CHANGED", "false");
  }

  ActionRun input(String name, String value) {
    environment.put("INPUT_" + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'), value);
    return this;
  }

  void write(String relative, String text) throws IOException {
    Path file = workspace.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** The repository's examples/ as the workspace's project, in examples/. */
  void copyExamples() throws IOException {
    Path source = ROOT.resolve("examples");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = workspace.resolve("examples").resolve(source.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
  }

  int run() throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("sh", SCRIPT.toString())
        .directory(workspace.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("GITHUB_") || k.startsWith("INPUT_")
        || k.startsWith("RUNNER_"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("the action's script did not finish");
    }
    exitCode = process.exitValue();
    stdout = new String(out, StandardCharsets.UTF_8);
    stderr = new String(err, StandardCharsets.UTF_8);
    return exitCode;
  }

  Map<String, String> outputs() throws IOException {
    Map<String, String> outputs = new LinkedHashMap<>();
    Path file = runnerTemp.resolve("output.txt");
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file)) {
        int equals = line.indexOf('=');
        outputs.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return outputs;
  }

  String summary() throws IOException {
    Path file = runnerTemp.resolve("summary.md");
    return Files.exists(file) ? Files.readString(file) : "";
  }

  List<String> annotations() {
    return stdout.lines().filter(l -> l.startsWith("::")).toList();
  }
}
