package dev.sfnappsynclint.benchmarks;

import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.finding.LintResult;
import dev.sfnappsynclint.lint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole run over a project of many small files, as the CLI does it: discovery, parallel
 * parsing, templates with DefinitionUri files, all rules, merging. Measures the per-file cost
 * a repository pays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ProjectBenchmark {

  @Param({"100", "1000"})
  public int projects;

  private Path root;
  private Linter linter;
  private LintRequest request;

  @Setup(Level.Trial)
  public void write() throws IOException {
    root = Files.createTempDirectory("sfn-appsync-lint-project");
    for (int i = 0; i < projects; i++) {
      Path project = Files.createDirectories(root.resolve("service" + i + "/statemachine"));
      Files.writeString(project.getParent().resolve("template.yaml"), """
          AWSTemplateFormatVersion: "2010-09-09"
          Transform: AWS::Serverless-2016-10-31
          Resources:
            Flow:
              Type: AWS::Serverless::StateMachine
              Properties:
                DefinitionUri: statemachine/flow.asl.json
                DefinitionSubstitutions:
                  WorkFunctionArn: !GetAtt WorkFunction.Arn
          """);
      Files.writeString(project.resolve("flow.asl.json"), StateMachineSizeBenchmark.machine(40)
          .replace("arn:aws:states:::lambda:invoke", "${WorkFunctionArn}"));
      Files.writeString(project.getParent().resolve("package.json"),
          "{\"name\": \"service" + i + "\", \"version\": \"1.0.0\"}");
    }
    linter = new Linter(Linter.defaultRegistry());
    request = LintRequest.builder(root).path(Path.of(".")).build();
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    deleteTree(root);
  }

  /** Deletes a folder the benchmark wrote, and everything in it. */
  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Benchmark
  public LintResult lintProject() {
    return linter.lint(request);
  }
}
