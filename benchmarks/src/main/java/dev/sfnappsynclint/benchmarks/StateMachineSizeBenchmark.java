package dev.sfnappsynclint.benchmarks;

import dev.sfnappsynclint.discovery.Candidate;
import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.lint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * Lints one state machine of {@code states} states with every rule: parsing, the model, the
 * reachability analysis and all rules. The time per state should stay flat as the machine
 * grows (the design asks for O(states + edges)); compare the scores of the three sizes.
 *
 * <p>The machine mixes the shapes the analysis works hardest on: long chains of Tasks with
 * Catch edges, a Choice per ten states that loops back three states, a Parallel state per 100
 * states whose branch holds an inline Map (nested scopes), and a loop without exit at the end.
 * The targets: 10,000 states in at most one second warm, and time(20,000) /
 * time(10,000) at most 2.3.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StateMachineSizeBenchmark {

  @Param({"1000", "10000", "20000"})
  public int states;

  private Path folder;
  private Candidate candidate;
  private Linter linter;
  private LintRequest request;

  @Setup(Level.Trial)
  public void write() throws IOException {
    folder = Files.createTempDirectory("sfn-appsync-lint-bench");
    Path file = folder.resolve("big.asl.json");
    Files.writeString(file, machine(states));
    candidate = new Candidate(file, "big.asl.json", true);
    linter = new Linter(Linter.defaultRegistry());
    request = LintRequest.builder(folder).build();
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(candidate.path());
    Files.deleteIfExists(folder);
  }

  @Benchmark
  public Linter.FileResult lintOneMachine() {
    return linter.lint(candidate, request);
  }

  static String machine(int count) {
    StringBuilder json = new StringBuilder(count * 120);
    json.append("{\"StartAt\": \"S0\", \"States\": {");
    for (int i = 0; i < count; i++) {
      String next = "S" + (i + 1);
      if (i % 100 == 50) {
        json.append("\"S").append(i).append("\": {\"Type\": \"Parallel\", \"Next\": \"")
            .append(next).append("\", \"Branches\": [{\"StartAt\": \"B").append(i)
            .append("\", \"States\": {\"B").append(i)
            .append("\": {\"Type\": \"Pass\", \"End\": true}}}, {\"StartAt\": \"M").append(i)
            .append("\", \"States\": {\"M").append(i)
            .append("\": {\"Type\": \"Map\", \"ItemsPath\": \"$.items\", \"End\": true, ")
            .append("\"ItemProcessor\": {\"StartAt\": \"I").append(i)
            .append("\", \"States\": {\"I").append(i)
            .append("\": {\"Type\": \"Wait\", \"Seconds\": 1, \"End\": true}}}}}}]},");
      } else if (i % 10 == 5) {
        json.append("\"S").append(i).append("\": {\"Type\": \"Choice\", \"Choices\": [")
            .append("{\"Variable\": \"$.a\", \"IsPresent\": true, \"Next\": \"").append(next)
            .append("\"}, {\"Variable\": \"$.b\", \"IsPresent\": true, \"Next\": \"Done\"}], ")
            .append("\"Default\": \"S").append(Math.max(0, i - 3)).append("\"},");
      } else {
        json.append("\"S").append(i).append("\": {\"Type\": \"Task\", \"Resource\": ")
            .append("\"arn:aws:states:::lambda:invoke\", \"Next\": \"").append(next)
            .append("\", \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Failed\"}]},");
      }
    }
    // The end: a loop that never leaves.
    json.append("\"S").append(count).append("\": {\"Type\": \"Wait\", \"Seconds\": 1, ")
        .append("\"Next\": \"S").append(count).append("\"},");
    json.append("\"Done\": {\"Type\": \"Succeed\"}, \"Failed\": {\"Type\": \"Fail\"}}}");
    return json.toString();
  }
}
