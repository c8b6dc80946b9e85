package dev.sfnappsynclint.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The benchmarks' operations timed in process CPU time (all threads: the work, the JIT, the
 * GC) rather than wall time, after a warm-up: on a machine shared with other jobs, wall times
 * follow the load and CPU times much less. Not JMH (no forks, no blackholes): a cross-check of
 * the JMH scores and of the ratios. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.sfnappsynclint.benchmarks.CpuTime}
 */
public final class CpuTime {

  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private CpuTime() {}

  public static void main(String[] args) throws Exception {
    ParseBaselineBenchmark parse = new ParseBaselineBenchmark();
    parse.write();
    double jackson = measure("Jackson readTree, typical 20 states", 200_000, 20_000, parse::jacksonReadTree);
    measure("located tree, typical 20 states", 100_000, 10_000, parse::locatedTree);
    parse.delete();
    for (String family : new String[] {"none", "all"}) {
      RuleFamilyBenchmark lint = new RuleFamilyBenchmark();
      lint.family = family;
      lint.write();
      // Every rule's code must be compiled before the score means anything: about twenty
      // seconds of calls with all rules on 2 cores.
      double ms = measure("lint, rules: " + family + ", typical 20 states", 50_000, 5_000,
          lint::lint);
      System.out.printf(Locale.ROOT, "    = %.1fx Jackson's parse%n", ms / jackson);
      lint.delete();
    }
    double previous = 0;
    for (int states : new int[] {1000, 10000, 20000}) {
      StateMachineSizeBenchmark size = new StateMachineSizeBenchmark();
      size.states = states;
      size.write();
      double ms = measure("lint, all rules, " + states + " states", states >= 10000 ? 4 : 20,
          states >= 10000 ? 4 : 10, size::lintOneMachine);
      if (previous > 0) {
        System.out.printf(Locale.ROOT, "    = %.2fx the previous size%n", ms / previous);
      }
      previous = ms;
      size.delete();
    }
    for (int types : new int[] {200, 2000}) {
      AppSyncSchemaBenchmark schema = new AppSyncSchemaBenchmark();
      schema.types = types;
      schema.generate();
      measure("AppSync auth analysis, " + types + " types", types >= 2000 ? 10 : 50, 10,
          schema::authAnalysis);
      measure("AppSync load (with analysis), " + types + " types", types >= 2000 ? 5 : 20, 5,
          schema::load);
    }
  }

  /** Milliseconds of process CPU time per call, after {@code warmup} calls. */
  private static double measure(String what, int warmup, int runs, Callable<?> call)
      throws Exception {
    for (int i = 0; i < warmup; i++) {
      call.call();
    }
    long cpu = OS.getProcessCpuTime();
    long wall = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      call.call();
    }
    double ms = (OS.getProcessCpuTime() - cpu) / 1e6 / runs;
    double wallMs = (System.nanoTime() - wall) / 1e6 / runs;
    System.out.printf(Locale.ROOT, "%-45s %10.3f ms CPU  %10.3f ms wall%n", what, ms, wallMs);
    return ms;
  }
}
