package dev.sfnappsynclint.asl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Graph search over one scope, done once when the model is built: which states a path from
 * {@code StartAt} reaches, and which reachable states can never get to a way out.
 *
 * <p>Every edge kind counts ({@code Next}, {@code Default}, Choice rules, Catch). A "way out" is
 * a terminal state, and also a state whose transitions are already broken (none at all, or one
 * naming no state): those are reported by their own rules, and counting them as exits keeps one
 * mistake from being reported again as a loop. All searches are iterative and
 * O(states + edges).
 */
final class ReachabilityAnalysis {

  private final List<State> unreachable;
  private final List<List<State>> loops;

  ReachabilityAnalysis(Scope scope) {
    List<State> states = scope.states();
    int n = states.size();
    Map<State, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(states.get(i), i);
    }
    int[][] successors = new int[n][];
    boolean[] exit = new boolean[n];
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
    }

    State start = scope.start().orElse(null);
    if (start == null) {
      unreachable = List.of();
      loops = List.of();
      return;
    }

    int[] order = new int[n];
    Arrays.fill(order, -1);
    int visited = 0;
    Deque<Integer> queue = new ArrayDeque<>();
    int startIndex = index.get(start);
    order[startIndex] = visited++;
    queue.add(startIndex);
    while (!queue.isEmpty()) {
      int current = queue.poll();
      for (int next : successors[current]) {
        if (order[next] < 0) {
          order[next] = visited++;
          queue.add(next);
        }
      }
    }
    List<State> notReached = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (order[i] < 0) {
        notReached.add(states.get(i));
      }
    }
    unreachable = List.copyOf(notReached);

    if (scope.terminalStates().isEmpty()) {
      // Nothing can end this scope at all: that is its own finding, not one loop per cycle.
      loops = List.of();
      return;
    }

    boolean[] canExit = reachesExit(successors, exit);
    boolean[] trapped = new boolean[n];
    boolean anyTrapped = false;
    for (int i = 0; i < n; i++) {
      trapped[i] = order[i] >= 0 && !canExit[i];
      anyTrapped |= trapped[i];
    }
    loops = anyTrapped ? closedLoops(states, successors, trapped, order) : List.of();
  }

  List<State> unreachable() {
    return unreachable;
  }

  List<List<State>> loopsWithoutExit() {
    return loops;
  }

  /** Backward search from every exit over reversed edges. */
  private static boolean[] reachesExit(int[][] successors, boolean[] exit) {
    int n = successors.length;
    int[] predecessorCount = new int[n];
    for (int[] targets : successors) {
      for (int target : targets) {
        predecessorCount[target]++;
      }
    }
    int[][] predecessors = new int[n][];
    for (int i = 0; i < n; i++) {
      predecessors[i] = new int[predecessorCount[i]];
    }
    int[] filled = new int[n];
    for (int from = 0; from < n; from++) {
      for (int to : successors[from]) {
        predecessors[to][filled[to]++] = from;
      }
    }
    boolean[] reaches = new boolean[n];
    Deque<Integer> queue = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      if (exit[i]) {
        reaches[i] = true;
        queue.add(i);
      }
    }
    while (!queue.isEmpty()) {
      int current = queue.poll();
      for (int previous : predecessors[current]) {
        if (!reaches[previous]) {
          reaches[previous] = true;
          queue.add(previous);
        }
      }
    }
    return reaches;
  }

  /**
   * The strongly connected components of the trapped states that no edge leaves: each is a loop
   * that execution can enter and never leave. Every trapped state leads into one of them, so one
   * finding per such loop covers them all. Components by iterative Tarjan.
   */
  private static List<List<State>> closedLoops(List<State> states, int[][] successors,
      boolean[] trapped, int[] order) {
    int n = states.size();
    int[] component = tarjan(successors, trapped);
    int components = Arrays.stream(component).max().orElse(-1) + 1;
    boolean[] leaves = new boolean[components];
    for (int i = 0; i < n; i++) {
      if (!trapped[i]) {
        continue;
      }
      for (int next : successors[i]) {
        if (!trapped[next] || component[next] != component[i]) {
          leaves[component[i]] = true;
        }
      }
    }
    int[] entry = new int[components];
    Arrays.fill(entry, -1);
    for (int i = 0; i < n; i++) {
      if (trapped[i] && !leaves[component[i]]
          && (entry[component[i]] < 0 || order[i] < order[entry[component[i]]])) {
        entry[component[i]] = i;
      }
    }
    List<Integer> entries = new ArrayList<>();
    for (int c = 0; c < components; c++) {
      if (entry[c] >= 0) {
        entries.add(entry[c]);
      }
    }
    entries.sort(Comparator.comparingInt(i -> order[i]));
    List<List<State>> result = new ArrayList<>();
    for (int start : entries) {
      result.add(shortestCycle(states, successors, component, start));
    }
    return List.copyOf(result);
  }

  private static List<State> shortestCycle(List<State> states, int[][] successors,
      int[] component, int start) {
    int n = states.size();
    int[] parent = new int[n];
    Arrays.fill(parent, -2);
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(start);
    parent[start] = -1;
    int last = -1;
    search:
    while (!queue.isEmpty()) {
      int current = queue.poll();
      for (int next : successors[current]) {
        if (component[next] != component[start]) {
          continue;
        }
        if (next == start) {
          last = current;
          break search;
        }
        if (parent[next] == -2) {
          parent[next] = current;
          queue.add(next);
        }
      }
    }
    Deque<State> path = new ArrayDeque<>();
    path.addFirst(states.get(start));
    for (int at = last; at != -1 && at >= 0; at = parent[at]) {
      path.addFirst(states.get(at));
    }
    return List.copyOf(path);
  }

  /** Component number per trapped state (-1 elsewhere), by Tarjan's algorithm without recursion. */
  static int[] tarjan(int[][] successors, boolean[] include) {
    int n = successors.length;
    int[] index = new int[n];
    int[] low = new int[n];
    int[] component = new int[n];
    boolean[] onStack = new boolean[n];
    Arrays.fill(index, -1);
    Arrays.fill(component, -1);
    int[] edgeCursor = new int[n];
    Deque<Integer> stack = new ArrayDeque<>();
    Deque<Integer> call = new ArrayDeque<>();
    int counter = 0;
    int components = 0;
    for (int root = 0; root < n; root++) {
      if (!include[root] || index[root] >= 0) {
        continue;
      }
      call.push(root);
      index[root] = low[root] = counter++;
      stack.push(root);
      onStack[root] = true;
      while (!call.isEmpty()) {
        int v = call.peek();
        if (edgeCursor[v] < successors[v].length) {
          int w = successors[v][edgeCursor[v]++];
          if (!include[w]) {
            continue;
          }
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            stack.push(w);
            onStack[w] = true;
            call.push(w);
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
          continue;
        }
        call.pop();
        if (!call.isEmpty()) {
          int parent = call.peek();
          low[parent] = Math.min(low[parent], low[v]);
        }
        if (low[v] == index[v]) {
          int w;
          do {
            w = stack.pop();
            onStack[w] = false;
            component[w] = components;
          } while (w != v);
          components++;
        }
      }
    }
    return component;
  }
}
