package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.tree.Node;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How long an execution can run, as far as the definition says: a static bound, computed once per
 * machine ({@link StateMachine#durations()}), that rules only report on.
 *
 * <p>What a state adds:
 * <ul>
 *   <li>a Wait, its {@code Seconds} (a timestamp or a path: nothing known);</li>
 *   <li>a Task, its {@code TimeoutSeconds} once per attempt (1 + the {@code MaxAttempts} of every
 *       retrier: different errors can use up different retriers) plus the longest each retrier
 *       waits between attempts ({@link Retrier#worstCaseDelaySeconds()}); a Task without
 *       {@code TimeoutSeconds} adds only its retry waits;</li>
 *   <li>a Parallel, its longest branch once per attempt, plus its retry waits;</li>
 *   <li>an inline Map, its item processor once per attempt (iterations run side by side; how
 *       many run one after another is not known), plus its retry waits;</li>
 *   <li>a Distributed Map, only its retry waits: its items run as child executions with bounds
 *       of their own;</li>
 *   <li>every other state, nothing.</li>
 * </ul>
 * A scope's bound is its heaviest path from {@code StartAt} (every edge kind counts); a loop
 * counts each of its states once and makes the path unbounded ({@link ScopeBound#throughLoop()}).
 * Scopes are computed inner before outer, each in O(states + edges), without recursion.
 *
 * <p>So the bound is what the definition guarantees can be spent, not a promise that nothing
 * takes longer: Task run time without a timeout, item counts and loop rounds are not known.
 */
public final class DurationAnalysis {

  /**
   * Something in a state that takes time.
   *
   * @param nested the time of a Parallel's branch or a Map's processor, made of the parts of the
   *     states in it
   */
  public record Part(State state, Node node, double seconds, String description,
      boolean nested) {}

  /**
   * What one state can take.
   *
   * @param attempts 1 + every retrier's {@code MaxAttempts} (as known) for a Task, Parallel or Map
   * @param slowestChild for a Parallel, its longest branch; for an inline Map, its processor
   * @param childSeconds the bound of {@code slowestChild}, for one attempt
   */
  public record StateBound(State state, double seconds, List<Part> parts, long attempts,
      Optional<Scope> slowestChild, double childSeconds) {

    public StateBound {
      parts = List.copyOf(parts);
    }
  }

  /** The heaviest path of a scope from StartAt, and what it adds up to. */
  public record ScopeBound(Scope scope, double seconds, List<State> path, boolean throughLoop) {

    public ScopeBound {
      path = List.copyOf(path);
    }
  }

  /**
   * A loop a path from StartAt reaches and that has a way out.
   *
   * @param cycle a shortest cycle through the loop's first Choice state (where the decision to
   *     go round again is made), else through the state where execution enters the loop; that
   *     state first
   * @param states every state of the loop (its strongly connected component)
   * @param secondsPerRound the bound of the states of {@code cycle}: what one round can take
   * @param waitSecondsPerRound the Wait {@code Seconds} of {@code cycle}: what one round takes
   *     whatever happens
   */
  public record Loop(Scope scope, List<State> cycle, List<State> states, double secondsPerRound,
      double waitSecondsPerRound) {

    public Loop {
      cycle = List.copyOf(cycle);
      states = List.copyOf(states);
    }

    public State entry() {
      return cycle.get(0);
    }
  }

  /** Where the running total first passes a limit: the state, and the total before and after it. */
  public record Crossing(State state, double secondsBefore, double secondsAfter) {}

  private final Map<State, StateBound> states = new IdentityHashMap<>();
  private final Map<Scope, ScopeBound> scopes = new IdentityHashMap<>();
  private final Map<Scope, List<Loop>> loops = new IdentityHashMap<>();
  private final List<Scope> executions = new ArrayList<>();

  DurationAnalysis(StateMachine machine) {
    List<Scope> all = machine.scopes();
    // Scopes are listed outer before inner: backwards, every child comes before its owner.
    for (int s = all.size() - 1; s >= 0; s--) {
      Scope scope = all.get(s);
      ScopeGraph graph = scope.graph();
      double[] weight = new double[graph.states.size()];
      for (int i = 0; i < weight.length; i++) {
        StateBound bound = bound(graph.state(i));
        states.put(bound.state(), bound);
        weight[i] = bound.seconds();
      }
      ScopeGraph.Path path = graph.longest(weight);
      scopes.put(scope, new ScopeBound(scope, path.weight(), graph.statesOf(path.states()),
          path.throughLoop()));
      List<Loop> found = new ArrayList<>();
      for (int[] component : graph.reachableLoops()) {
        if (!graph.hasExit[graph.component[component[0]]]) {
          continue;
        }
        int[] cycle = graph.shortestCycle(graph.loopEntry(component));
        double round = 0;
        for (int i : cycle) {
          round += weight[i];
        }
        found.add(new Loop(scope, graph.statesOf(cycle), graph.statesOf(component), round,
            graph.waitSeconds(cycle)));
      }
      loops.put(scope, List.copyOf(found));
    }
    for (Scope scope : all) {
      if (scope.startsExecution()) {
        executions.add(scope);
      }
    }
  }

  /** The scopes that run as executions of their own: the machine, Distributed Map processors. */
  public List<Scope> executions() {
    return List.copyOf(executions);
  }

  public StateBound state(State state) {
    return states.get(state);
  }

  public ScopeBound scope(Scope scope) {
    return scopes.get(scope);
  }

  /** The loops of one scope (not of its children) that a path reaches and that can be left. */
  public List<Loop> loops(Scope scope) {
    return loops.getOrDefault(scope, List.of());
  }

  /**
   * The state of an execution where the running total along the heaviest path first passes
   * {@code limitSeconds}. Where that state is a Parallel or inline Map whose own branch or
   * processor passes the limit, the search goes on inside it, so the crossing names the state
   * that does.
   */
  public Optional<Crossing> crossing(Scope execution, double limitSeconds) {
    Scope scope = execution;
    double offset = 0;
    search:
    while (true) {
      double total = offset;
      for (State state : scopes.get(scope).path()) {
        StateBound bound = states.get(state);
        if (total + bound.seconds() > limitSeconds) {
          if (bound.slowestChild().isPresent() && total + bound.childSeconds() > limitSeconds) {
            scope = bound.slowestChild().get();
            offset = total;
            continue search;
          }
          return Optional.of(new Crossing(state, total, total + bound.seconds()));
        }
        total += bound.seconds();
      }
      return Optional.empty();
    }
  }

  /**
   * What adds most along the heaviest path of an execution, inside Parallel branches and inline
   * Map processors too (the slowest of each), largest first: the {@code limit} largest.
   */
  public List<Part> largestParts(Scope execution, int limit) {
    List<Part> parts = new ArrayList<>();
    java.util.Deque<Scope> pending = new java.util.ArrayDeque<>();
    pending.add(execution);
    while (!pending.isEmpty()) {
      for (State state : scopes.get(pending.poll()).path()) {
        StateBound bound = states.get(state);
        for (Part part : bound.parts()) {
          if (!part.nested()) {
            parts.add(part);
          }
        }
        bound.slowestChild().ifPresent(pending::add);
      }
    }
    parts.sort(java.util.Comparator.comparingDouble(Part::seconds).reversed());
    return List.copyOf(parts.subList(0, Math.min(limit, parts.size())));
  }

  private StateBound bound(State state) {
    List<Part> parts = new ArrayList<>();
    long attempts = 1;
    double retryWait = 0;
    for (Retrier retrier : state.retriers()) {
      attempts += retrier.maxAttempts().isEmpty() ? Retrier.DEFAULT_MAX_ATTEMPTS
          : retrier.maxAttempts().get().value().orElse(0L);
      double wait = retrier.worstCaseDelaySeconds().orElse(0.0);
      if (wait > 0) {
        retryWait += wait;
        parts.add(new Part(state, retrier.node(), wait, "Retry #" + (retrier.index() + 1)
            + " of \"" + state.name() + "\" waits up to " + describe(wait) + " between attempts", false));
      }
    }
    attempts = Math.max(1, attempts);
    Optional<StateType> type = state.type();
    double own = 0;
    Scope slowest = null;
    double childSeconds = 0;
    if (type.isPresent()) {
      switch (type.get()) {
        case WAIT -> {
          Optional<FieldValue<Long>> seconds = state.waitFields().flatMap(WaitFields::seconds);
          Optional<Long> value = seconds.flatMap(FieldValue::value);
          if (value.isPresent() && value.get() > 0) {
            own = value.get();
            parts.add(new Part(state, seconds.get().node(), own, "Wait \"" + state.name()
                + "\" waits " + describe(own), false));
          }
        }
        case TASK -> {
          Optional<FieldValue<Long>> timeout =
              state.task().flatMap(TaskFields::timeoutSeconds);
          Optional<Long> value = timeout.flatMap(FieldValue::value);
          if (value.isPresent() && value.get() > 0) {
            own = value.get() * (double) attempts;
            parts.add(new Part(state, timeout.get().node(), own, "\"" + state.name()
                + "\" can run " + describe(own) + (attempts > 1
                    ? " (TimeoutSeconds " + value.get() + " × " + attempts + " attempts)"
                    : " (TimeoutSeconds " + value.get() + ")"), false));
          }
        }
        case PARALLEL, MAP -> {
          boolean separate = state.map().filter(MapFields::isDistributed).isPresent();
          if (!separate) {
            for (Scope child : state.childScopes()) {
              ScopeBound bound = scopes.get(child);
              if (bound != null && (slowest == null || bound.seconds() > childSeconds)) {
                slowest = child;
                childSeconds = bound.seconds();
              }
            }
            if (slowest != null && childSeconds > 0) {
              own = childSeconds * attempts;
              parts.add(new Part(state, state.nameNode(), own, "\"" + state.name() + "\" runs "
                  + slowest.describe() + " for up to " + describe(childSeconds)
                  + (attempts > 1 ? " × " + attempts + " attempts" : ""), true));
            }
          }
        }
        default -> {
        }
      }
    }
    return new StateBound(state, own + retryWait, parts, attempts, Optional.ofNullable(slowest),
        childSeconds);
  }

  /** Seconds as a message says them: "45 s", "7 min 30 s", "3 h 20 min", "2 days 4 h", "3.2 years". */
  public static String describe(double seconds) {
    if (seconds >= 2 * 365 * 86400.0) {
      return String.format(Locale.ROOT, "%.1f years", seconds / (365 * 86400.0));
    }
    long total = (long) Math.ceil(seconds);
    long days = total / 86400;
    long hours = total % 86400 / 3600;
    long minutes = total % 3600 / 60;
    long rest = total % 60;
    if (days > 0) {
      return days + (days == 1 ? " day" : " days") + (hours > 0 ? " " + hours + " h" : "");
    }
    if (hours > 0) {
      return hours + " h" + (minutes > 0 ? " " + minutes + " min" : "");
    }
    if (minutes > 0) {
      return minutes + " min" + (rest > 0 ? " " + rest + " s" : "");
    }
    return rest + " s";
  }
}
