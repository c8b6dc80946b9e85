package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.tree.ArrayNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How many execution history events an execution writes, estimated from the definition, computed
 * once per machine ({@link StateMachine#history()}). A Standard execution fails when its history
 * reaches 25,000 events (service-quotas.html); Express executions keep no such history.
 *
 * <p>Events per state, from the event types of
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_HistoryEvent.html (one run
 * that succeeds at the first attempt):
 * <ul>
 *   <li>the execution: 2 ({@code ExecutionStarted}, {@code ExecutionSucceeded});</li>
 *   <li>Pass, Wait, Choice, Succeed: 2 ({@code ...StateEntered}, {@code ...StateExited});
 *       Fail: 1 ({@code FailStateEntered}; {@code ExecutionFailed} replaces the execution's
 *       success);</li>
 *   <li>Task: 5 ({@code TaskStateEntered}, {@code TaskScheduled}, {@code TaskStarted},
 *       {@code TaskSucceeded}, {@code TaskStateExited}, or their Lambda and activity
 *       counterparts), 6 with {@code .sync} or {@code .waitForTaskToken}
 *       ({@code TaskSubmitted}); each retry adds the failure, a new schedule and start: 3
 *       (4 with {@code TaskSubmitted});</li>
 *   <li>Parallel: 4 ({@code ParallelStateEntered}, {@code ...Started}, {@code ...Succeeded},
 *       {@code ...Exited}) and every branch;</li>
 *   <li>inline Map: 4 ({@code MapStateEntered}, {@code ...Started}, {@code ...Succeeded},
 *       {@code ...Exited}) and, per item, 2 ({@code MapIterationStarted},
 *       {@code MapIterationSucceeded}) and the processor;</li>
 *   <li>Distributed Map: 4 ({@code MapStateEntered}, {@code MapRunStarted},
 *       {@code MapRunSucceeded}, {@code MapStateExited}): its items run as child executions with
 *       histories of their own;</li>
 *   <li>a retried Parallel or Map runs again, all of it, per retry.</li>
 * </ul>
 * A scope counts its heaviest path from StartAt, each state of a loop once and an inline Map
 * with one item; loops and item counts are reported separately, with the rounds and items
 * the rest of the budget leaves them.
 */
public final class HistoryAnalysis {

  /** Events in a Standard execution's history at which it fails (service-quotas.html). */
  public static final long LIMIT = 25_000;

  /** Events of one state: when all goes well, and with every retrier used up. */
  public record StateEvents(State state, long nominal, long worstCase) {}

  /** One pass through a scope: its heaviest paths from StartAt. */
  public record ScopeEvents(Scope scope, long nominal, long worstCase, List<State> worstPath) {

    public ScopeEvents {
      worstPath = List.copyOf(worstPath);
    }
  }

  /**
   * A loop with a way out in a scope of some execution.
   *
   * @param cycle a shortest cycle through the loop's first Choice state (where the decision to
   *     go round again is made), else through the state where execution enters the loop
   * @param eventsPerRound the events of {@code cycle}
   * @param roundBound the most rounds the definition allows, when it says: the machine's
   *     {@code TimeoutSeconds} over the shortest Wait that every round passes
   * @param roundsToLimit rounds after which the execution's history reaches {@link #LIMIT}
   * @param secondsPerRound the Wait {@code Seconds} of {@code cycle}: what a round takes
   *     whatever happens
   * @param polling a Choice state is part of the loop: it goes round by decision, not only
   *     through Catchers
   */
  public record Loop(Scope scope, Scope execution, List<State> cycle, long eventsPerRound,
      OptionalLong roundBound, long roundsToLimit, double secondsPerRound, boolean polling) {

    public Loop {
      cycle = List.copyOf(cycle);
    }

    public State entry() {
      return cycle.get(0);
    }
  }

  /**
   * An inline Map and what its items cost.
   *
   * @param items the number of items when the definition gives them ({@code Items} as an array)
   * @param itemCapacity items the rest of the execution's budget leaves room for
   */
  public record InlineMap(State state, Scope execution, long eventsPerItem, OptionalLong items,
      long itemCapacity) {}

  private final Map<State, StateEvents> states = new IdentityHashMap<>();
  private final Map<Scope, ScopeEvents> scopes = new IdentityHashMap<>();
  private final Map<Scope, Long> executions = new IdentityHashMap<>();
  private final List<Loop> loops = new ArrayList<>();
  private final List<InlineMap> inlineMaps = new ArrayList<>();

  HistoryAnalysis(StateMachine machine) {
    List<Scope> all = machine.scopes();
    Map<Scope, List<int[]>> pendingLoops = new IdentityHashMap<>();
    for (int s = all.size() - 1; s >= 0; s--) {
      Scope scope = all.get(s);
      ScopeGraph graph = scope.graph();
      int n = graph.states.size();
      double[] nominal = new double[n];
      double[] worst = new double[n];
      for (int i = 0; i < n; i++) {
        StateEvents events = events(graph.state(i));
        states.put(events.state(), events);
        nominal[i] = events.nominal();
        worst[i] = events.worstCase();
      }
      ScopeGraph.Path nominalPath = graph.longest(nominal);
      ScopeGraph.Path worstPath = graph.longest(worst);
      scopes.put(scope, new ScopeEvents(scope, (long) nominalPath.weight(),
          (long) worstPath.weight(), graph.statesOf(worstPath.states())));
      List<int[]> withExit = new ArrayList<>();
      for (int[] component : graph.reachableLoops()) {
        if (graph.hasExit[graph.component[component[0]]]) {
          withExit.add(component);
        }
      }
      pendingLoops.put(scope, withExit);
    }
    for (Scope scope : all) {
      if (scope.startsExecution()) {
        executions.put(scope, 2 + scopes.get(scope).nominal());
      }
    }
    Optional<Long> timeout = machine.timeoutSeconds().flatMap(FieldValue::value);
    for (Scope scope : all) {
      Scope execution = scope.execution();
      long base = executions.get(execution);
      ScopeGraph graph = scope.graph();
      for (int[] component : pendingLoops.get(scope)) {
        int[] cycle = graph.shortestCycle(graph.loopEntry(component));
        long perRound = 0;
        for (int i : cycle) {
          perRound += states.get(graph.state(i)).nominal();
        }
        double seconds = graph.waitSeconds(cycle);
        perRound = Math.max(1, perRound);
        OptionalLong bound = OptionalLong.empty();
        if (execution.kind() == Scope.Kind.ROOT && timeout.isPresent() && timeout.get() > 0) {
          bound = roundsWithin(graph, component, timeout.get());
        }
        boolean polling = false;
        for (int i : component) {
          polling |= graph.state(i).is(StateType.CHOICE);
        }
        loops.add(new Loop(scope, execution, graph.statesOf(cycle), perRound, bound,
            Math.max(0, (LIMIT - base) / perRound), seconds, polling));
      }
      for (State state : scope.states()) {
        if (state.map().filter(MapFields::isInline).isPresent()
            && !state.childScopes().isEmpty()) {
          long perItem = 2 + scopes.get(state.childScopes().get(0)).nominal();
          OptionalLong items = state.field("Items").filter(ArrayNode.class::isInstance)
              .map(node -> OptionalLong.of(((ArrayNode) node).size()))
              .orElse(OptionalLong.empty());
          // The base counts this Map with one item (when it is on the heaviest path).
          long capacity = Math.max(0, (LIMIT - base) / perItem + 1);
          inlineMaps.add(new InlineMap(state, execution, perItem, items, capacity));
        }
      }
    }
  }

  /**
   * The most rounds of a loop that fit in {@code timeoutSeconds}, when every cycle of the loop
   * passes a Wait with a known number of seconds: the timeout over the shortest such Wait.
   */
  private static OptionalLong roundsWithin(ScopeGraph graph, int[] component, long timeoutSeconds) {
    boolean[] waits = new boolean[graph.states.size()];
    long shortest = Long.MAX_VALUE;
    for (int i : component) {
      Optional<Long> seconds = graph.state(i).waitFields().flatMap(WaitFields::seconds)
          .flatMap(FieldValue::value).filter(s -> s > 0);
      if (seconds.isPresent()) {
        waits[i] = true;
        shortest = Math.min(shortest, seconds.get());
      }
    }
    if (shortest == Long.MAX_VALUE || !graph.everyCyclePasses(component, waits)) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(timeoutSeconds / shortest + 1);
  }

  /** The scopes that run as executions of their own, with their events for one pass. */
  public long execution(Scope execution) {
    return executions.get(execution);
  }

  public StateEvents state(State state) {
    return states.get(state);
  }

  public ScopeEvents scope(Scope scope) {
    return scopes.get(scope);
  }

  /** Every loop with a way out, of every scope, outer scopes first. */
  public List<Loop> loops() {
    return List.copyOf(loops);
  }

  /** Every inline Map, outer scopes first. */
  public List<InlineMap> inlineMaps() {
    return List.copyOf(inlineMaps);
  }

  private StateEvents events(State state) {
    Optional<StateType> type = state.type();
    if (type.isEmpty()) {
      return new StateEvents(state, 2, 2);
    }
    long retries = 0;
    for (Retrier retrier : state.retriers()) {
      retries += retrier.maxAttempts().isEmpty() ? Retrier.DEFAULT_MAX_ATTEMPTS
          : retrier.maxAttempts().get().value().orElse(0L);
    }
    retries = Math.max(0, retries);
    return switch (type.get()) {
      case TASK -> {
        boolean submitted = state.task().flatMap(TaskFields::resource)
            .flatMap(TaskResource::pattern).filter(IntegrationPattern::waits).isPresent();
        long once = submitted ? 6 : 5;
        long retry = submitted ? 4 : 3;
        yield new StateEvents(state, once, saturated(once, retry, retries));
      }
      case PARALLEL -> {
        long nominal = 4;
        long worst = 4;
        for (Scope branch : state.childScopes()) {
          nominal += scopes.get(branch).nominal();
          worst += scopes.get(branch).worstCase();
        }
        yield new StateEvents(state, nominal, saturated(worst, worst, retries));
      }
      case MAP -> {
        if (state.map().filter(MapFields::isInline).isEmpty() || state.childScopes().isEmpty()) {
          yield new StateEvents(state, 4, saturated(4, 4, retries));
        }
        ScopeEvents processor = scopes.get(state.childScopes().get(0));
        long worst = 4 + 2 + processor.worstCase();
        yield new StateEvents(state, 4 + 2 + processor.nominal(), saturated(worst, worst, retries));
      }
      case FAIL -> new StateEvents(state, 1, 1);
      default -> new StateEvents(state, 2, 2);
    };
  }

  /** {@code once + each × times}, kept well within a long. */
  private static long saturated(long once, long each, long times) {
    double total = once + (double) each * times;
    return total > 1e15 ? (long) 1e15 : (long) total;
  }
}
