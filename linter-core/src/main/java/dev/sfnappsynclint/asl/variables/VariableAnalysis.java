package dev.sfnappsynclint.asl.variables;

import dev.sfnappsynclint.asl.QueryLanguage;
import dev.sfnappsynclint.asl.Scope;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.jsonata.JsonataExpression;
import dev.sfnappsynclint.asl.jsonata.JsonataExpressions;
import dev.sfnappsynclint.asl.jsonata.JsonataFunctions;
import dev.sfnappsynclint.asl.variables.Variable.Assignment;
import dev.sfnappsynclint.asl.variables.Variable.Read;
import dev.sfnappsynclint.source.Location;
import dev.sfnappsynclint.source.Position;
import dev.sfnappsynclint.source.TextRange;
import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Workflow variables ({@code Assign}, in both query languages): where each is assigned and read,
 * and which reads no path of transitions has assigned before.
 *
 * <p>What Step Functions does (https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html):
 * a state's {@code Assign} takes effect when the state ends, and every expression of the state —
 * its {@code Assign} included — reads the values the variables had when it was entered; a
 * Catcher's or a Choice rule's {@code Assign} takes effect on that transition instead. Parallel
 * branches and Map iterations see the variables of the scopes around them, except the child
 * executions of a Distributed Map, which see none.
 *
 * <p>The flow analysis is a worklist over each scope's states with one bit set of variables per
 * state ("assigned on some path to its entry"), scopes outer before inner: linear in states,
 * transitions and variable names (a set grows at most once per name).
 */
public final class VariableAnalysis {

  /** How a read of a variable fares. */
  public enum Verdict {
    /** Some path from the start assigns it before the read. */
    ASSIGNED,
    /** No path from the start assigns it before the read. */
    NOT_ASSIGNED,
    /** In a Distributed Map's child execution, of a variable only an enclosing scope assigns. */
    OUTSIDE_DISTRIBUTED_MAP
  }

  /** A read and its verdict. */
  public record CheckedRead(Read read, Verdict verdict) {
  }

  private static final Pattern SCANNED_READ = Pattern.compile("\\$([\\p{L}_][\\p{L}\\p{N}_]*)");
  /** Fields holding other scopes' states, or text nothing evaluates (a Pass state's Result). */
  private static final Set<String> NOT_OF_THIS_STATE =
      Set.of("Branches", "ItemProcessor", "Iterator", "Comment", "Result");

  private final List<Assignment> assignments = new ArrayList<>();
  private final List<Read> reads = new ArrayList<>();
  private final List<CheckedRead> checkedReads = new ArrayList<>();
  private final Map<Scope, Set<String>> assignedIn = new IdentityHashMap<>();
  private final Map<Scope, Set<String>> readIn = new IdentityHashMap<>();

  private VariableAnalysis(StateMachine machine) {
    JsonataExpressions expressions = JsonataExpressions.of(machine);
    Map<State, List<Read>> readsOf = new IdentityHashMap<>();
    for (State state : machine.states()) {
      collectAssignments(state);
      List<Read> found = state.queryLanguage() == QueryLanguage.JSONATA
          ? jsonataReads(state, expressions.of(state)) : jsonPathReads(state);
      readsOf.put(state, found);
      reads.addAll(found);
      for (Read read : found) {
        readIn.computeIfAbsent(state.scope(), s -> new HashSet<>()).add(read.name());
      }
    }
    for (Assignment assignment : assignments) {
      assignedIn.computeIfAbsent(assignment.scope(), s -> new HashSet<>()).add(assignment.name());
    }
    flow(machine, readsOf);
  }

  /** The machine's variables, analysed on first use. */
  public static VariableAnalysis of(StateMachine machine) {
    return machine.analysis(VariableAnalysis.class, VariableAnalysis::new);
  }

  /** Every key of every {@code Assign}, in document order. */
  public List<Assignment> assignments() {
    return Collections.unmodifiableList(assignments);
  }

  /** Every variable read, in document order. */
  public List<Read> reads() {
    return Collections.unmodifiableList(reads);
  }

  /** The precise reads of states reached from their scope's start, each with its verdict. */
  public List<CheckedRead> checkedReads() {
    return Collections.unmodifiableList(checkedReads);
  }

  /**
   * The scopes whose variables a state of {@code scope} sees besides its own: the enclosing
   * scopes, nearest first, up to the first that starts an execution (the state machine or a
   * Distributed Map's child execution).
   */
  public static List<Scope> enclosingVisible(Scope scope) {
    List<Scope> visible = new ArrayList<>();
    Scope current = scope;
    while (!current.startsExecution() && current.owner().isPresent()) {
      current = current.owner().get().scope();
      visible.add(current);
    }
    return visible;
  }

  /** The names assigned anywhere in a scope (not in scopes nested in it). */
  public Set<String> assignedIn(Scope scope) {
    return assignedIn.getOrDefault(scope, Set.of());
  }

  /**
   * Whether a variable of {@code scope} is read anywhere it is visible: in the scope or in the
   * scopes nested in it that see its variables.
   */
  public boolean isRead(Scope scope, String name) {
    Deque<Scope> pending = new ArrayDeque<>();
    pending.push(scope);
    while (!pending.isEmpty()) {
      Scope current = pending.pop();
      if (readIn.getOrDefault(current, Set.of()).contains(name)) {
        return true;
      }
      for (State state : current.states()) {
        for (Scope child : state.childScopes()) {
          if (!child.startsExecution()) {
            pending.push(child);
          }
        }
      }
    }
    return false;
  }

  // ---- assignments ----

  private void collectAssignments(State state) {
    ObjectNode node = state.node();
    assign(state, node, "Assign");
    elements(node, "Choices", (rule, i) -> assign(state, rule, "Choices[" + i + "].Assign"));
    elements(node, "Catch", (catcher, i) -> assign(state, catcher, "Catch[" + i + "].Assign"));
  }

  private void assign(State state, ObjectNode owner, String where) {
    assignedNames(owner, state, where, true);
  }

  /** The names an object's {@code Assign} assigns; records them when {@code record}. */
  private List<String> assignedNames(ObjectNode owner, State state, String where, boolean record) {
    if (!(owner.get("Assign").orElse(null) instanceof ObjectNode assign)) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (Member member : assign.members()) {
      String name = variableName(member.name(), state.queryLanguage());
      names.add(name);
      if (record) {
        assignments.add(new Assignment(name, member.key(), state, where));
      }
    }
    return names;
  }

  /** The variable an Assign key names: in a JSONPath state a {@code .$} suffix is not part of it. */
  public static String variableName(String key, QueryLanguage language) {
    return language == QueryLanguage.JSONPATH && key.endsWith(".$")
        ? key.substring(0, key.length() - 2) : key;
  }

  private static void elements(ObjectNode node, String field,
      java.util.function.ObjIntConsumer<ObjectNode> action) {
    if (node.get(field).orElse(null) instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.elements().get(i) instanceof ObjectNode element) {
          action.accept(element, i);
        }
      }
    }
  }

  // ---- reads ----

  private static List<Read> jsonataReads(State state, List<JsonataExpression> expressions) {
    List<Read> found = new ArrayList<>();
    for (JsonataExpression expression : expressions) {
      if (expression.root().isPresent()) {
        for (JsonataExpression.Reference reference : expression.variableReads()) {
          // $string may be the function, passed as a value: a read, but not one to report.
          found.add(new Read(reference.name(),
              expression.location(reference.offset(), reference.length()), state,
              !JsonataFunctions.isKnown(reference.name())));
        }
      } else {
        Matcher matcher = SCANNED_READ.matcher(expression.text());
        while (matcher.find()) {
          if (!matcher.group(1).equals("states")) {
            found.add(new Read(matcher.group(1), expression.node().location(), state, false));
          }
        }
      }
    }
    return found;
  }

  private static List<Read> jsonPathReads(State state) {
    List<Read> found = new ArrayList<>();
    Deque<Node> pending = new ArrayDeque<>();
    for (Member member : state.node().members()) {
      if (!NOT_OF_THIS_STATE.contains(member.name())) {
        readsOfMember(member, state, found);
        pending.push(member.value());
      }
    }
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (node instanceof ObjectNode object) {
        for (Member member : object.members()) {
          readsOfMember(member, state, found);
          pending.push(member.value());
        }
      } else if (node instanceof ArrayNode array) {
        array.elements().forEach(pending::push);
      }
    }
    found.sort(java.util.Comparator.comparing((Read r) -> r.location().range().start()));
    return found;
  }

  private static void readsOfMember(Member member, State state, List<Read> found) {
    String key = member.name();
    boolean path = key.endsWith(".$") || key.equals("Variable")
        || (key.endsWith("Path") && !key.equals("ResultPath"));
    if (!path || !(member.value() instanceof ScalarNode scalar)
        || scalar.kind() != ScalarNode.Kind.STRING || scalar.text().contains("${")) {
      return;
    }
    for (JsonPathVariableReads.Read read : JsonPathVariableReads.in(scalar.text())) {
      found.add(new Read(read.name(), locate(scalar, read.offset(), read.name().length() + 1),
          state, true));
    }
  }

  /** The range of part of a string written on one line without escapes; else the string's. */
  private static Location locate(ScalarNode node, int offset, int length) {
    TextRange range = node.range();
    if (range.start().line() != range.end().line()) {
      return node.location();
    }
    int width = range.end().column() - range.start().column();
    int quote = width == node.text().length() + 2 ? 1 : width == node.text().length() ? 0 : -1;
    if (quote < 0) {
      return node.location();
    }
    int column = range.start().column() + quote + offset;
    return new Location(node.location().path(), new TextRange(
        new Position(range.start().line(), column),
        new Position(range.start().line(), column + length)), node.pointer());
  }

  // ---- flow ----

  private void flow(StateMachine machine, Map<State, List<Read>> readsOf) {
    if (reads.stream().noneMatch(Read::precise)) {
      return; // nothing to check: skip the per-state sets (most machines have no variables)
    }
    Map<String, Integer> index = new HashMap<>();
    for (Assignment assignment : assignments) {
      index.putIfAbsent(assignment.name(), index.size());
    }
    // Entry sets of each state, per scope; outer scopes first so that a nested scope starts
    // with what its owner sees on entry.
    Map<State, BitSet> entry = new IdentityHashMap<>();
    Deque<Scope> scopes = new ArrayDeque<>();
    scopes.add(machine.rootScope());
    while (!scopes.isEmpty()) {
      Scope scope = scopes.removeFirst();
      BitSet initial = new BitSet();
      if (!scope.startsExecution() && scope.owner().isPresent()) {
        BitSet ownerEntry = entry.get(scope.owner().get());
        if (ownerEntry == null) {
          continue; // the owner is never reached: neither are its branches
        }
        initial.or(ownerEntry);
      }
      flowScope(scope, initial, index, entry);
      for (State state : scope.states()) {
        scopes.addAll(state.childScopes());
      }
    }
    for (State state : machine.states()) {
      BitSet in = entry.get(state);
      if (in == null) {
        continue;
      }
      for (Read read : readsOf.getOrDefault(state, List.of())) {
        if (!read.precise()) {
          continue;
        }
        Integer bit = index.get(read.name());
        Verdict verdict;
        if (bit != null && in.get(bit)) {
          verdict = Verdict.ASSIGNED;
        } else if (assignedOutsideDistributedMap(state.scope(), read.name())) {
          verdict = Verdict.OUTSIDE_DISTRIBUTED_MAP;
        } else {
          verdict = Verdict.NOT_ASSIGNED;
        }
        checkedReads.add(new CheckedRead(read, verdict));
      }
    }
  }

  /** Whether the scope is (in) a Distributed Map's child execution and a scope outside assigns the name. */
  private boolean assignedOutsideDistributedMap(Scope scope, String name) {
    Scope boundary = scope.execution();
    if (boundary.owner().isEmpty()) {
      return false;
    }
    Scope outer = boundary.owner().get().scope();
    while (true) {
      if (assignedIn(outer).contains(name)) {
        return true;
      }
      if (outer.owner().isEmpty()) {
        return false;
      }
      outer = outer.owner().get().scope();
    }
  }

  private void flowScope(Scope scope, BitSet initial, Map<String, Integer> index,
      Map<State, BitSet> entry) {
    Optional<State> start = scope.start();
    if (start.isEmpty()) {
      return;
    }
    Deque<State> work = new ArrayDeque<>();
    Set<State> queued = Collections.newSetFromMap(new IdentityHashMap<>());
    entry.put(start.get(), (BitSet) initial.clone());
    work.add(start.get());
    queued.add(start.get());
    Map<State, List<Edge>> edgeCache = new IdentityHashMap<>();
    while (!work.isEmpty()) {
      State state = work.removeFirst();
      queued.remove(state);
      BitSet in = entry.get(state);
      for (Edge edge : edgeCache.computeIfAbsent(state, s -> edges(s, index))) {
        BitSet out = (BitSet) in.clone();
        out.or(edge.assigns());
        BitSet target = entry.get(edge.target());
        if (target == null) {
          entry.put(edge.target(), out);
        } else {
          BitSet grown = (BitSet) out.clone();
          grown.andNot(target);
          if (grown.isEmpty()) {
            continue;
          }
          target.or(out);
        }
        if (queued.add(edge.target())) {
          work.add(edge.target());
        }
      }
    }
  }

  private record Edge(State target, BitSet assigns) {
  }

  /** A state's transitions within its scope, each with the variables it assigns. */
  private List<Edge> edges(State state, Map<String, Integer> index) {
    ObjectNode node = state.node();
    Scope scope = state.scope();
    BitSet own = bits(assignedNames(node, state, "", false), index);
    List<Edge> edges = new ArrayList<>();
    target(scope, node, "Next").ifPresent(t -> edges.add(new Edge(t, own)));
    target(scope, node, "Default").ifPresent(t -> edges.add(new Edge(t, own)));
    elements(node, "Choices", (rule, i) -> target(scope, rule, "Next").ifPresent(t -> {
      BitSet assigns = bits(assignedNames(rule, state, "", false), index);
      assigns.or(own);
      edges.add(new Edge(t, assigns));
    }));
    elements(node, "Catch", (catcher, i) -> target(scope, catcher, "Next").ifPresent(t ->
        edges.add(new Edge(t, bits(assignedNames(catcher, state, "", false), index)))));
    return edges;
  }

  private static Optional<State> target(Scope scope, ObjectNode node, String field) {
    return node.string(field).flatMap(scope::state);
  }

  private static BitSet bits(List<String> names, Map<String, Integer> index) {
    BitSet bits = new BitSet();
    for (String name : names) {
      Integer bit = index.get(name);
      if (bit != null) {
        bits.set(bit);
      }
    }
    return bits;
  }

  /** Names in the order they are first assigned, for messages. */
  public Map<String, Assignment> firstAssignments(Scope scope) {
    Map<String, Assignment> first = new LinkedHashMap<>();
    for (Assignment assignment : assignments) {
      if (assignment.scope() == scope) {
        first.putIfAbsent(assignment.name(), assignment);
      }
    }
    return first;
  }
}
