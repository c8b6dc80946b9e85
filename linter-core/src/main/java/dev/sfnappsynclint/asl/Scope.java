package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of states that transitions may connect: the machine's top level, one Parallel branch, or
 * one Map item processor. A transition never leaves its scope.
 */
public final class Scope {

  public enum Kind { ROOT, PARALLEL_BRANCH, MAP_PROCESSOR }

  private final Kind kind;
  private final State owner;
  private final int branchIndex;
  private final Node node;
  private final QueryLanguage queryLanguage;
  private final WorkflowTypeSetting workflowType;
  private final Map<String, State> states = new LinkedHashMap<>();
  private ReachabilityAnalysis reachability;
  private ScopeGraph graph;
  // Built on first use once the scope is complete; a race only builds an equal list twice.
  private volatile List<State> stateList;
  private volatile List<String> stateNames;

  Scope(Kind kind, State owner, int branchIndex, Node node, QueryLanguage queryLanguage,
      WorkflowTypeSetting workflowType) {
    this.kind = kind;
    this.owner = owner;
    this.branchIndex = branchIndex;
    this.node = node;
    this.queryLanguage = queryLanguage;
    this.workflowType = workflowType;
  }

  public Kind kind() {
    return kind;
  }

  /** The Parallel or Map state this scope belongs to; empty for the root. */
  public Optional<State> owner() {
    return Optional.ofNullable(owner);
  }

  /**
   * The language of a state in this scope that sets none: the machine's top-level
   * {@code QueryLanguage}, in every scope (states inherit the top level, not the enclosing state).
   */
  public QueryLanguage queryLanguage() {
    return queryLanguage;
  }

  /**
   * The workflow type the states of this scope run as: the machine's, except within a
   * Distributed Map's item processor, which runs as child executions of the Map's
   * {@code ExecutionType} — and so does every scope nested inside it.
   */
  public WorkflowTypeSetting workflowType() {
    return workflowType;
  }

  /** The object holding {@code StartAt} and {@code States} (or whatever was written instead). */
  public Node node() {
    return node;
  }

  public Optional<ObjectNode> object() {
    return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
  }

  public Optional<Member> startAtMember() {
    return object().flatMap(o -> o.member("StartAt"));
  }

  public Optional<String> startAt() {
    return object().flatMap(o -> o.string("StartAt"));
  }

  /** The state {@code StartAt} names, if the scope has it. */
  public Optional<State> start() {
    return startAt().map(states::get);
  }

  public Optional<Member> statesMember() {
    return object().flatMap(o -> o.member("States"));
  }

  public Optional<ObjectNode> statesObject() {
    return statesMember().map(Member::value)
        .filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast);
  }

  /** States in document order; where a name is written twice, the last definition. */
  public List<State> states() {
    List<State> list = stateList;
    if (list == null) {
      list = List.copyOf(states.values());
      stateList = list;
    }
    return list;
  }

  /** The names of {@link #states()}, in the same order. */
  public List<String> stateNames() {
    List<String> names = stateNames;
    if (names == null) {
      names = states().stream().map(State::name).toList();
      stateNames = names;
    }
    return names;
  }

  public Optional<State> state(String name) {
    return Optional.ofNullable(states.get(name));
  }

  public List<State> terminalStates() {
    return states.values().stream().filter(State::isTerminal).toList();
  }

  /** States that no path of transitions from {@code StartAt} reaches; empty when StartAt is broken. */
  public List<State> statesUnreachableFromStart() {
    return reachability.unreachable();
  }

  /**
   * Loops that, once entered, never lead to a terminal state. Each is a cycle of states that
   * starts and ends with the state where execution enters it.
   */
  public List<List<State>> loopsWithoutExit() {
    return reachability.loopsWithoutExit();
  }

  /**
   * This scope runs as executions of its own: the state machine, or the item processor of a
   * Distributed Map, each item (or batch) a child workflow execution with its own duration limit
   * and event history. Parallel branches and inline Map iterations run inside the execution of
   * their scope.
   */
  public boolean startsExecution() {
    return kind == Kind.ROOT
        || (kind == Kind.MAP_PROCESSOR && owner.map().filter(MapFields::isDistributed).isPresent());
  }

  /** The scope whose executions this scope runs in: itself, or the nearest that starts one. */
  public Scope execution() {
    Scope scope = this;
    while (!scope.startsExecution()) {
      scope = scope.owner.scope();
    }
    return scope;
  }

  /** How a message names an execution of this scope (see {@link #startsExecution()}). */
  public String describeExecution() {
    return kind == Kind.ROOT ? "an execution of the state machine"
        : "a child execution of Distributed Map state \"" + owner.name() + "\"";
  }

  /** How a message names this scope: "the state machine", "branch 2 of Parallel "Fan"", ... */
  public String describe() {
    return switch (kind) {
      case ROOT -> "the state machine";
      case PARALLEL_BRANCH -> "branch " + (branchIndex + 1) + " of Parallel state \"" + owner.name() + "\"";
      case MAP_PROCESSOR -> "the item processor of Map state \"" + owner.name() + "\"";
    };
  }

  void add(State state) {
    states.put(state.name(), state);
    stateList = null;
    stateNames = null;
  }

  void analyse() {
    reachability = new ReachabilityAnalysis(this);
  }

  /** The scope's transitions as an index graph, built on first use. */
  synchronized ScopeGraph graph() {
    if (graph == null) {
      graph = new ScopeGraph(this);
    }
    return graph;
  }

  @Override
  public String toString() {
    return describe();
  }
}
