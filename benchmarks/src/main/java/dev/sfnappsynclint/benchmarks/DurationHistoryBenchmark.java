package dev.sfnappsynclint.benchmarks;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.StateMachineBuilder;
import dev.sfnappsynclint.asl.WorkflowTypeSetting;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.tree.JsonTreeReader;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.TreeLimits;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The duration bound ({@code StateMachine.durations()}) and the history estimate
 * ({@code StateMachine.history()}) on one generated definition of 10,000 and 20,000 states,
 * parsed once. {@code buildModel} builds the ASL model from the parsed tree (with its
 * reachability analysis); {@code buildModelAndAnalyse} does the same and then both analyses;
 * {@code analyseOnly} times the two analyses on a model built beforehand (untimed). Each should
 * double, not quadruple, from 10,000 to 20,000 states: the design asks for O(states + edges).
 *
 * <p>The definition is made of blocks of ten states — Tasks with timeouts, retriers and
 * Catchers, Waits, a Choice that loops back (a polling loop per block) — with a Parallel of two
 * branches and an inline Map every 100 states.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DurationHistoryBenchmark {

  @Param({"10000", "20000"})
  public int states;

  private SourceFile source;
  private Node root;

  @Setup(Level.Trial)
  public void parse() throws Exception {
    source = new SourceFile(Path.of("big.asl.json"), "big.asl.json", machine(states));
    root = new JsonTreeReader(TreeLimits.DEFAULT, false).read(source);
  }

  @Benchmark
  public StateMachine buildModel() {
    return StateMachineBuilder.build(source, "big", root, WorkflowTypeSetting.DEFAULT);
  }

  @Benchmark
  public double buildModelAndAnalyse() {
    StateMachine machine =
        StateMachineBuilder.build(source, "big", root, WorkflowTypeSetting.DEFAULT);
    return analyse(machine);
  }

  /** A model built before each call, not timed: only the two analyses are measured. */
  @State(Scope.Thread)
  public static class FreshModel {
    StateMachine machine;

    @Setup(Level.Invocation)
    public void build(DurationHistoryBenchmark benchmark) {
      machine = StateMachineBuilder.build(benchmark.source, "big", benchmark.root,
          WorkflowTypeSetting.DEFAULT);
    }
  }

  @Benchmark
  public double analyseOnly(FreshModel model) {
    return analyse(model.machine);
  }

  private static double analyse(StateMachine machine) {
    return machine.durations().scope(machine.rootScope()).seconds()
        + machine.history().execution(machine.rootScope())
        + machine.history().loops().size();
  }

  static String machine(int count) {
    StringBuilder json = new StringBuilder(count * 200);
    json.append("{\"StartAt\": \"S0\", \"States\": {");
    for (int i = 0; i < count; i++) {
      String name = "S" + i;
      String next = "S" + (i + 1);
      json.append('"').append(name).append("\": ");
      if (i % 100 == 50) {
        json.append("{\"Type\": \"Parallel\", \"Next\": \"").append(next).append("\", ")
            .append("\"Retry\": [{\"ErrorEquals\": [\"States.ALL\"], \"MaxAttempts\": 2}], ")
            .append("\"Branches\": [")
            .append(branch("A" + i)).append(", ").append(branch("B" + i)).append("]}");
      } else if (i % 100 == 90) {
        json.append("{\"Type\": \"Map\", \"Next\": \"").append(next).append("\", ")
            .append("\"ItemsPath\": \"$.items\", \"ItemProcessor\": ").append(branch("M" + i))
            .append('}');
      } else if (i % 10 == 5) {
        // Loops back two states: a polling loop in every block of ten.
        json.append("{\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.done\", ")
            .append("\"BooleanEquals\": true, \"Next\": \"").append(next).append("\"}], ")
            .append("\"Default\": \"S").append(i - 2).append("\"}");
      } else if (i % 10 == 3) {
        json.append("{\"Type\": \"Wait\", \"Seconds\": 5, \"Next\": \"").append(next)
            .append("\"}");
      } else {
        json.append("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", ")
            .append("\"TimeoutSeconds\": 30, \"Next\": \"").append(next).append("\", ")
            .append("\"Retry\": [{\"ErrorEquals\": [\"States.Timeout\"], \"MaxAttempts\": 3, ")
            .append("\"IntervalSeconds\": 2, \"BackoffRate\": 2}], ")
            .append("\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Failed\"}]}");
      }
      json.append(", ");
    }
    json.append("\"S").append(count).append("\": {\"Type\": \"Succeed\"}, ");
    json.append("\"Failed\": {\"Type\": \"Fail\"}}}");
    return json.toString();
  }

  private static String branch(String prefix) {
    return "{\"StartAt\": \"" + prefix + "a\", \"States\": {"
        + "\"" + prefix + "a\": {\"Type\": \"Wait\", \"Seconds\": 1, \"Next\": \"" + prefix
        + "b\"}, \"" + prefix + "b\": {\"Type\": \"Task\", \"Resource\": "
        + "\"arn:aws:states:::sqs:sendMessage\", \"TimeoutSeconds\": 10, \"End\": true}}}";
  }
}
