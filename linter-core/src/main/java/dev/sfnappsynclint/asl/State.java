package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * One state of a scope: its name, its definition, the transitions it makes, and the typed fields
 * of its type ({@link #task()}, {@link #map()}, {@link #waitFields()}, {@link #failFields()},
 * {@link #retriers()}, {@link #catchers()}).
 */
public final class State {

  private final String name;
  private final ScalarNode nameNode;
  private final ObjectNode node;
  private final Scope scope;
  private final QueryLanguage queryLanguage;
  private final List<Transition> transitions = new ArrayList<>();
  private final List<Scope> childScopes = new ArrayList<>();
  private final TaskFields task;
  private final MapFields map;
  private final WaitFields waitFields;
  private final FailFields failFields;
  private final List<Retrier> retriers;
  private final List<Catcher> catchers;
  /** Read once: rules ask for it on every state, and the tree does not change. */
  private final StateType type;

  /** @param template the template the machine is defined in; null for a standalone file */
  State(String name, ScalarNode nameNode, ObjectNode node, Scope scope, QueryLanguage language,
      TemplateContext template) {
    this.name = name;
    this.nameNode = nameNode;
    this.node = node;
    this.scope = scope;
    this.queryLanguage = language;
    this.type = node.string("Type").flatMap(StateType::fromAslName).orElse(null);
    this.task = type == StateType.TASK ? TaskFields.of(node, language, template) : null;
    this.map = type == StateType.MAP ? MapFields.of(node, language) : null;
    this.waitFields = type == StateType.WAIT ? WaitFields.of(node, language) : null;
    this.failFields = type == StateType.FAIL ? FailFields.of(node, language) : null;
    boolean handlesErrors =
        type == StateType.TASK || type == StateType.PARALLEL || type == StateType.MAP;
    this.retriers = handlesErrors ? elements("Retry", Retrier::of) : List.of();
    this.catchers = handlesErrors ? elements("Catch", Catcher::of) : List.of();
  }

  private <T> List<T> elements(String field, BiFunction<ObjectNode, Integer, T> read) {
    if (!(node.get(field).orElse(null) instanceof ArrayNode array)) {
      return List.of();
    }
    List<T> found = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (array.elements().get(i) instanceof ObjectNode element) {
        found.add(read.apply(element, i));
      }
    }
    return List.copyOf(found);
  }

  public String name() {
    return name;
  }

  /** The key that names the state in {@code States}; findings about the state point here. */
  public ScalarNode nameNode() {
    return nameNode;
  }

  /** The state's definition object. */
  public ObjectNode node() {
    return node;
  }

  public Scope scope() {
    return scope;
  }

  /** The type written in {@code Type}, if it is one Step Functions knows. */
  public Optional<StateType> type() {
    return Optional.ofNullable(type);
  }

  public boolean is(StateType type) {
    return type != null && this.type == type;
  }

  /** The state's own {@code QueryLanguage}, else the machine's top-level one. */
  public QueryLanguage queryLanguage() {
    return queryLanguage;
  }

  /** Every transition in document order: {@code Next}, {@code Choices}, {@code Default}, {@code Catch}. */
  public List<Transition> transitions() {
    return Collections.unmodifiableList(transitions);
  }

  /** Parallel branches or the Map item processor, in document order. */
  public List<Scope> childScopes() {
    return Collections.unmodifiableList(childScopes);
  }

  /** A Parallel state's branches that are objects, in document order; empty for other types. */
  public List<Scope> branches() {
    return is(StateType.PARALLEL) ? childScopes() : List.of();
  }

  /**
   * Every state of the scopes nested in this one (Parallel branches, the Map item processor, and
   * theirs), outer before inner: the states whose unhandled errors reach this state's Retry and
   * Catch.
   */
  public List<State> nestedStates() {
    List<State> nested = new ArrayList<>();
    Deque<Scope> pending = new ArrayDeque<>(childScopes);
    while (!pending.isEmpty()) {
      Scope scope = pending.removeFirst();
      for (State state : scope.states()) {
        nested.add(state);
        pending.addAll(state.childScopes);
      }
    }
    return nested;
  }

  /** A Task state's fields; empty for other types. */
  public Optional<TaskFields> task() {
    return Optional.ofNullable(task);
  }

  /** A Map state's fields; empty for other types. */
  public Optional<MapFields> map() {
    return Optional.ofNullable(map);
  }

  /** A Wait state's fields; empty for other types. */
  public Optional<WaitFields> waitFields() {
    return Optional.ofNullable(waitFields);
  }

  /** A Fail state's fields; empty for other types. */
  public Optional<FailFields> failFields() {
    return Optional.ofNullable(failFields);
  }

  /**
   * The Retriers of a Task, Parallel or Map state, in document order (elements of {@code Retry}
   * that are objects); empty for other types.
   */
  public List<Retrier> retriers() {
    return retriers;
  }

  /** The Catchers of a Task, Parallel or Map state, as {@link #retriers()}. */
  public List<Catcher> catchers() {
    return catchers;
  }

  public Optional<Node> field(String name) {
    return node.get(name);
  }

  /** {@code End} is the boolean {@code true}. */
  public boolean hasEndTrue() {
    return node.get("End").filter(n -> n instanceof ScalarNode s && s.isTrue()).isPresent();
  }

  /** Ends its scope: {@code Succeed}, {@code Fail}, or {@code "End": true}. */
  public boolean isTerminal() {
    return type().filter(StateType::isTerminalType).isPresent() || hasEndTrue();
  }

  void addTransition(Transition transition) {
    transitions.add(transition);
  }

  void addChildScope(Scope child) {
    childScopes.add(child);
  }

  @Override
  public String toString() {
    return '"' + name + '"';
  }
}
