package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Builds the ASL model from a located tree. Never fails: a value of the wrong shape is simply not
 * part of the model (no state, no scope, no transition), and the structure rules report it.
 */
public final class StateMachineBuilder {

  private StateMachineBuilder() {}

  public static StateMachine build(SourceFile source, String name, Node root,
      WorkflowTypeSetting workflowType) {
    return build(source, name, root, workflowType, null);
  }

  /** A machine defined in a template resource. */
  public static StateMachine build(SourceFile source, String name, Node root,
      WorkflowTypeSetting workflowType, TemplateContext template) {
    QueryLanguage topLevel = root instanceof ObjectNode object
        ? object.string("QueryLanguage").flatMap(QueryLanguage::fromAslName)
            .orElse(QueryLanguage.JSONPATH)
        : QueryLanguage.JSONPATH;
    Scope rootScope = new Scope(Scope.Kind.ROOT, null, 0, root);
    List<Scope> scopes = new ArrayList<>();
    List<State> states = new ArrayList<>();
    Deque<Scope> pending = new ArrayDeque<>();
    pending.add(rootScope);
    while (!pending.isEmpty()) {
      Scope scope = pending.poll();
      scopes.add(scope);
      fill(scope, topLevel);
      states.addAll(scope.states());
      for (State state : scope.states()) {
        addChildScopes(state);
        pending.addAll(state.childScopes());
      }
      scope.analyse();
    }
    return new StateMachine(source, name, root, rootScope, scopes, states, topLevel,
        workflowType, template);
  }

  private static void fill(Scope scope, QueryLanguage topLevel) {
    Optional<ObjectNode> statesObject = scope.statesObject();
    if (statesObject.isEmpty()) {
      return;
    }
    for (Member member : statesObject.get().members()) {
      if (member.value() instanceof ObjectNode definition) {
        // States inside Parallel and Map inherit the top-level language, not the enclosing state's.
        QueryLanguage language = definition.string("QueryLanguage")
            .flatMap(QueryLanguage::fromAslName).orElse(topLevel);
        scope.add(new State(member.name(), member.key(), definition, scope, language));
      }
    }
    for (State state : scope.states()) {
      addTransitions(scope, state);
    }
  }

  private static void addTransitions(Scope scope, State state) {
    ObjectNode node = state.node();
    boolean choice = state.is(StateType.CHOICE);
    if (!choice) {
      target(scope, state, Transition.Kind.NEXT, node.get("Next"));
    }
    if (choice || state.type().isEmpty()) {
      node.get("Choices").filter(ArrayNode.class::isInstance).map(ArrayNode.class::cast)
          .ifPresent(choices -> {
            for (Node rule : choices.elements()) {
              if (rule instanceof ObjectNode ruleObject) {
                target(scope, state, Transition.Kind.CHOICE, ruleObject.get("Next"));
              }
            }
          });
      target(scope, state, Transition.Kind.DEFAULT, node.get("Default"));
    }
    node.get("Catch").filter(ArrayNode.class::isInstance).map(ArrayNode.class::cast)
        .ifPresent(catchers -> {
          for (Node catcher : catchers.elements()) {
            if (catcher instanceof ObjectNode catcherObject) {
              target(scope, state, Transition.Kind.CATCH, catcherObject.get("Next"));
            }
          }
        });
  }

  private static void target(Scope scope, State from, Transition.Kind kind, Optional<Node> value) {
    if (value.isPresent() && value.get().isString()) {
      ScalarNode targetNode = (ScalarNode) value.get();
      from.addTransition(new Transition(kind, from, targetNode, scope.state(targetNode.text())));
    }
  }

  private static void addChildScopes(State state) {
    Optional<StateType> type = state.type();
    if (type.isEmpty()) {
      return;
    }
    if (type.get() == StateType.PARALLEL) {
      state.field("Branches").filter(ArrayNode.class::isInstance).map(ArrayNode.class::cast)
          .ifPresent(branches -> {
            List<Node> elements = branches.elements();
            for (int i = 0; i < elements.size(); i++) {
              if (elements.get(i) instanceof ObjectNode) {
                state.addChildScope(new Scope(Scope.Kind.PARALLEL_BRANCH, state, i, elements.get(i)));
              }
            }
          });
    } else if (type.get() == StateType.MAP) {
      // ItemProcessor replaced Iterator; Step Functions still accepts either.
      state.field("ItemProcessor").or(() -> state.field("Iterator"))
          .filter(ObjectNode.class::isInstance)
          .ifPresent(processor -> state.addChildScope(
              new Scope(Scope.Kind.MAP_PROCESSOR, state, 0, processor)));
    }
  }
}
