package dev.sfnappsynclint.benchmarks;

import dev.sfnappsynclint.discovery.Candidate;
import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.lint.Linter;
import dev.sfnappsynclint.rule.RegisteredRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
 * The typical state machine (about twenty states, {@code typical.asl.json}) linted warm with
 * the rules of one family only: a family is a package of {@code dev.sfnappsynclint.rules}.
 * {@code none} runs no rule (reading, parsing, the model and the extraction), {@code all} every
 * rule; a family's own cost is its score minus {@code none}'s. The {@code template} family lints
 * the same definition inline in a SAM template. Compare with {@link ParseBaselineBenchmark}, run
 * in the same JMH run: the target is {@code all} at most 5x Jackson's parse.
 *
 * <p>AppSync rules need a schema: {@link AppSyncSchemaBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// With every rule, a second of warm-up is a few hundred calls: the compilers need about twenty
// seconds before the score settles (measured on 2 cores).
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RuleFamilyBenchmark {

  @Param({"none", "all", "controltower", "coverage", "errorhandling", "jsonata", "naming",
      "payload", "reachability", "retry", "semantics", "structure", "variables", "workflowtype",
      "template"})
  public String family;

  private Path folder;
  private Candidate candidate;
  private Linter linter;
  private LintRequest request;

  @Setup(Level.Trial)
  public void write() throws IOException {
    folder = Files.createTempDirectory("sfn-appsync-lint-family");
    String definition = typical();
    Path file;
    if (family.equals("template")) {
      file = folder.resolve("template.yaml");
      // JSON is YAML: the definition goes in as it is, on one line.
      Files.writeString(file, "AWSTemplateFormatVersion: \"2010-09-09\"\n"
          + "Transform: AWS::Serverless-2016-10-31\nResources:\n  Orders:\n"
          + "    Type: AWS::Serverless::StateMachine\n    Properties:\n      Definition: "
          + definition.replaceAll("\\s*\\n\\s*", " ") + "\n");
    } else {
      file = folder.resolve("typical.asl.json");
      Files.writeString(file, definition);
    }
    candidate = new Candidate(file, file.getFileName().toString(), true);
    linter = new Linter(Linter.defaultRegistry());
    Map<String, String> families = linter.registry().rules().stream().collect(
        Collectors.toMap(r -> r.metadata().id(), RuleFamilyBenchmark::familyOf));
    String wanted = family;
    checkEveryFamilyIsMeasured(linter.registry().rules().stream()
        .filter(r -> r.rule().getClass().getPackageName().startsWith("dev.sfnappsynclint.rules."))
        .map(RuleFamilyBenchmark::familyOf).toList());
    request = LintRequest.builder(folder).ruleFilter(rule -> switch (wanted) {
      case "all" -> true;
      case "none" -> false;
      default -> wanted.equals(families.get(rule.id()));
    }).build();
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    ProjectBenchmark.deleteTree(folder);
  }

  @Benchmark
  public Linter.FileResult lint() {
    return linter.lint(candidate, request);
  }

  /** A family added without a place in {@link #family}'s list would not show: refuse to run. */
  private static void checkEveryFamilyIsMeasured(java.util.Collection<String> families) {
    try {
      java.util.Set<String> listed = java.util.Set.of(RuleFamilyBenchmark.class
          .getField("family").getAnnotation(Param.class).value());
      for (String name : families) {
        // AppSync rules read schemas, not this definition: AppSyncSchemaBenchmark measures them.
        if (!listed.contains(name) && !name.equals("appsync")) {
          throw new IllegalStateException("Rule family \"" + name + "\" is not in "
              + "RuleFamilyBenchmark's @Param list: add it.");
        }
      }
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The last package name of the rule's class: {@code rules.retry.X} is in {@code retry}. */
  static String familyOf(RegisteredRule rule) {
    String name = rule.rule().getClass().getPackageName();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  static String typical() {
    try (InputStream in = RuleFamilyBenchmark.class.getResourceAsStream("typical.asl.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
