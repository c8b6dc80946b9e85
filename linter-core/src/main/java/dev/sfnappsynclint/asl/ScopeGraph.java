package dev.sfnappsynclint.asl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The transitions of one scope as an index graph, with its strongly connected components, built
 * once per scope for the analyses that need longest paths and loops ({@link DurationAnalysis},
 * {@link HistoryAnalysis}). Every edge kind counts ({@code Next}, {@code Default}, Choice rules,
 * Catch). Everything here is iterative and O(states + edges).
 */
final class ScopeGraph {

  final List<State> states;
  final Map<State, Integer> index = new IdentityHashMap<>();
  /** Resolved, distinct successors of each state. */
  final int[][] successors;
  /** The state StartAt names; -1 when it names none. */
  final int start;
  /** Breadth-first order from StartAt; -1 for states no path reaches. */
  final int[] order;
  /** Component of each state; edges between components go from higher to lower numbers. */
  final int[] component;
  final int components;
  /** The states of each component, in breadth-first order from StartAt (document order after). */
  final int[][] members;
  /** A component that is a loop: two or more states, or one with a transition to itself. */
  final boolean[] cyclic;
  /**
   * A component execution can leave: a transition out of it, or a state that ends the scope or
   * whose transitions are broken (reported by their own rules).
   */
  final boolean[] hasExit;

  ScopeGraph(Scope scope) {
    states = scope.states();
    int n = states.size();
    for (int i = 0; i < n; i++) {
      index.put(states.get(i), i);
    }
    successors = new int[n][];
    boolean[] exit = new boolean[n];
    boolean[] selfLoop = new boolean[n];
    for (int i = 0; i < n; i++) {
      State state = states.get(i);
      List<Transition> transitions = state.transitions();
      exit[i] = state.isTerminal() || transitions.isEmpty()
          || transitions.stream().anyMatch(t -> !t.isResolved());
      successors[i] = transitions.stream()
          .filter(Transition::isResolved)
          .mapToInt(t -> index.get(t.target().orElseThrow()))
          .distinct()
          .toArray();
      for (int next : successors[i]) {
        selfLoop[i] |= next == i;
      }
    }
    start = scope.start().map(index::get).orElse(-1);

    order = new int[n];
    Arrays.fill(order, -1);
    if (start >= 0) {
      int visited = 0;
      Deque<Integer> queue = new ArrayDeque<>();
      order[start] = visited++;
      queue.add(start);
      while (!queue.isEmpty()) {
        int current = queue.poll();
        for (int next : successors[current]) {
          if (order[next] < 0) {
            order[next] = visited++;
            queue.add(next);
          }
        }
      }
    }

    boolean[] all = new boolean[n];
    Arrays.fill(all, true);
    component = ReachabilityAnalysis.tarjan(successors, all);
    components = n == 0 ? 0 : Arrays.stream(component).max().orElse(-1) + 1;
    int[] sizes = new int[components];
    for (int c : component) {
      sizes[c]++;
    }
    members = new int[components][];
    for (int c = 0; c < components; c++) {
      members[c] = new int[sizes[c]];
    }
    Integer[] byOrder = new Integer[n];
    for (int i = 0; i < n; i++) {
      byOrder[i] = i;
    }
    // Reached states first, in breadth-first order; the rest in document order.
    Arrays.sort(byOrder, (a, b) -> Long.compare(rank(a), rank(b)));
    int[] filled = new int[components];
    for (int i : byOrder) {
      members[component[i]][filled[component[i]]++] = i;
    }
    cyclic = new boolean[components];
    hasExit = new boolean[components];
    for (int i = 0; i < n; i++) {
      int c = component[i];
      cyclic[c] |= sizes[c] > 1 || selfLoop[i];
      hasExit[c] |= exit[i];
      for (int next : successors[i]) {
        hasExit[c] |= component[next] != c;
      }
    }
  }

  private long rank(int state) {
    return order[state] >= 0 ? order[state] : (long) Integer.MAX_VALUE + state;
  }

  boolean reachable(int state) {
    return order[state] >= 0;
  }

  /** The longest path from StartAt, as state indices, and its weight. */
  record Path(double weight, int[] states, boolean throughLoop) {

    static final Path EMPTY = new Path(0, new int[0], false);
  }

  /**
   * The heaviest path from StartAt over non-negative state weights, where a loop counts once:
   * each state of a strongly connected component once (a walk can pass every state of a loop,
   * and any number of rounds more). Longest path in the DAG of components, in topological order.
   */
  Path longest(double[] weight) {
    if (start < 0) {
      return Path.EMPTY;
    }
    double[] componentWeight = new double[components];
    for (int i = 0; i < states.size(); i++) {
      componentWeight[component[i]] += weight[i];
    }
    double[] best = new double[components];
    Arrays.fill(best, -1);
    int[] parent = new int[components];
    Arrays.fill(parent, -1);
    int first = component[start];
    best[first] = componentWeight[first];
    // Edges go from higher to lower component numbers: descending is a topological order.
    for (int c = first; c >= 0; c--) {
      if (best[c] < 0) {
        continue;
      }
      for (int state : members[c]) {
        for (int next : successors[state]) {
          int d = component[next];
          if (d != c && best[c] + componentWeight[d] > best[d]) {
            best[d] = best[c] + componentWeight[d];
            parent[d] = c;
          }
        }
      }
    }
    // Of equally heavy paths, the one that goes on furthest (to the end of the scope, say).
    int last = first;
    for (int c = first; c >= 0; c--) {
      if (best[c] >= best[last]) {
        last = c;
      }
    }
    Deque<Integer> chain = new ArrayDeque<>();
    for (int c = last; c >= 0; c = parent[c]) {
      chain.addFirst(c);
    }
    List<Integer> path = new ArrayList<>();
    boolean loop = false;
    for (int c : chain) {
      loop |= cyclic[c];
      for (int state : members[c]) {
        path.add(state);
      }
    }
    return new Path(best[last], path.stream().mapToInt(Integer::intValue).toArray(), loop);
  }

  /**
   * The components that are loops and that a path from StartAt reaches, each as its states with
   * the state where execution first enters it (in breadth-first order) first.
   */
  List<int[]> reachableLoops() {
    List<int[]> loops = new ArrayList<>();
    for (int c = components - 1; c >= 0; c--) {
      if (cyclic[c] && reachable(members[c][0])) {
        loops.add(members[c]);
      }
    }
    loops.sort((a, b) -> Integer.compare(order[a[0]], order[b[0]]));
    return loops;
  }

  /**
   * Where a loop is best shown from: its first Choice state (in breadth-first order), where the
   * decision to go round again is made; else the state where execution first enters it.
   */
  int loopEntry(int[] componentStates) {
    for (int state : componentStates) {
      if (states.get(state).is(StateType.CHOICE)) {
        return state;
      }
    }
    return componentStates[0];
  }

  /** The Wait {@code Seconds} along states: time a round always takes. */
  double waitSeconds(int[] indices) {
    double total = 0;
    for (int i : indices) {
      total += states.get(i).waitFields().flatMap(WaitFields::seconds).flatMap(FieldValue::value)
          .filter(v -> v > 0).orElse(0L);
    }
    return total;
  }

  /**
   * A shortest cycle through {@code entry} inside its component (fewest states), starting with
   * {@code entry}; breadth-first, O(size of the component).
   */
  int[] shortestCycle(int entry) {
    int c = component[entry];
    Map<Integer, Integer> parent = new java.util.HashMap<>();
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(entry);
    parent.put(entry, -1);
    int last = -1;
    search:
    while (!queue.isEmpty()) {
      int current = queue.poll();
      for (int next : successors[current]) {
        if (component[next] != c) {
          continue;
        }
        if (next == entry) {
          last = current;
          break search;
        }
        if (!parent.containsKey(next)) {
          parent.put(next, current);
          queue.add(next);
        }
      }
    }
    Deque<Integer> cycle = new ArrayDeque<>();
    for (int at = last; at >= 0 && at != entry; at = parent.get(at)) {
      cycle.addFirst(at);
    }
    cycle.addFirst(entry);
    return cycle.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * True when every cycle of the component passes a state that {@code stops} marks: the
   * component without those states has no cycle left (Kahn's algorithm on what remains).
   */
  boolean everyCyclePasses(int[] componentStates, boolean[] stops) {
    int c = component[componentStates[0]];
    Map<Integer, Integer> indegree = new java.util.HashMap<>();
    for (int state : componentStates) {
      if (!stops[state]) {
        indegree.put(state, 0);
      }
    }
    for (int state : indegree.keySet()) {
      for (int next : successors[state]) {
        if (component[next] == c && indegree.containsKey(next)) {
          indegree.merge(next, 1, Integer::sum);
        }
      }
    }
    Deque<Integer> ready = new ArrayDeque<>();
    indegree.forEach((state, degree) -> {
      if (degree == 0) {
        ready.add(state);
      }
    });
    int removed = 0;
    while (!ready.isEmpty()) {
      int state = ready.poll();
      removed++;
      for (int next : successors[state]) {
        if (component[next] == c && indegree.containsKey(next)
            && indegree.merge(next, -1, Integer::sum) == 0) {
          ready.add(next);
        }
      }
    }
    return removed == indegree.size();
  }

  State state(int i) {
    return states.get(i);
  }

  List<State> statesOf(int[] indices) {
    List<State> list = new ArrayList<>(indices.length);
    for (int i : indices) {
      list.add(states.get(i));
    }
    return List.copyOf(list);
  }
}
