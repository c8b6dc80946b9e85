package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** One state of a scope: its name, its definition and the transitions it makes. */
public final class State {

  private final String name;
  private final ScalarNode nameNode;
  private final ObjectNode node;
  private final Scope scope;
  private final QueryLanguage queryLanguage;
  private final List<Transition> transitions = new ArrayList<>();
  private final List<Scope> childScopes = new ArrayList<>();

  State(String name, ScalarNode nameNode, ObjectNode node, Scope scope, QueryLanguage language) {
    this.name = name;
    this.nameNode = nameNode;
    this.node = node;
    this.scope = scope;
    this.queryLanguage = language;
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
    return node.string("Type").flatMap(StateType::fromAslName);
  }

  public boolean is(StateType type) {
    return type().filter(t -> t == type).isPresent();
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
