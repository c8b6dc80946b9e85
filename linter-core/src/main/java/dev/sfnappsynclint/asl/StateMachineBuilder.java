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

  /**
   * A machine defined in a template resource. Where {@code DefinitionSubstitutions} gives a
   * literal value, the model is built from the definition with it put in (what Step Functions
   * sees); {@link StateMachine#placeholders()} still lists the placeholders as written.
   */
  public static StateMachine build(SourceFile source, String name, Node root,
      WorkflowTypeSetting workflowType, TemplateContext template) {
    SubstitutedTree substituted = SubstitutedTree.of(root, template);
    Node definition = substituted.root();
    QueryLanguage topLevel = definition instanceof ObjectNode object
        ? object.string("QueryLanguage").flatMap(QueryLanguage::fromAslName)
            .orElse(QueryLanguage.JSONPATH)
        : QueryLanguage.JSONPATH;
    Scope rootScope = new Scope(Scope.Kind.ROOT, null, 0, definition, topLevel, workflowType);
    List<Scope> scopes = new ArrayList<>();
    List<State> states = new ArrayList<>();
    Deque<Scope> pending = new ArrayDeque<>();
    pending.add(rootScope);
    while (!pending.isEmpty()) {
      Scope scope = pending.poll();
      scopes.add(scope);
      fill(scope, topLevel, template);
      states.addAll(scope.states());
      for (State state : scope.states()) {
        addChildScopes(state, topLevel);
        pending.addAll(state.childScopes());
      }
      scope.analyse();
    }
    return new StateMachine(source, name, definition, root, substituted.written(), rootScope,
        scopes, states, topLevel, workflowType, template);
  }

  private static void fill(Scope scope, QueryLanguage topLevel, TemplateContext template) {
    Optional<ObjectNode> statesObject = scope.statesObject();
    if (statesObject.isEmpty()) {
      return;
    }
    for (Member member : statesObject.get().members()) {
      if (member.value() instanceof ObjectNode definition) {
        // States inside Parallel and Map inherit the top-level language, not the enclosing state's.
        QueryLanguage language = definition.string("QueryLanguage")
            .flatMap(QueryLanguage::fromAslName).orElse(topLevel);
        scope.add(new State(member.name(), member.key(), definition, scope, language, template));
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

  private static void addChildScopes(State state, QueryLanguage topLevel) {
    Optional<StateType> type = state.type();
    if (type.isEmpty()) {
      return;
    }
    WorkflowTypeSetting inherited = state.scope().workflowType();
    if (type.get() == StateType.PARALLEL) {
      state.field("Branches").filter(ArrayNode.class::isInstance).map(ArrayNode.class::cast)
          .ifPresent(branches -> {
            List<Node> elements = branches.elements();
            for (int i = 0; i < elements.size(); i++) {
              if (elements.get(i) instanceof ObjectNode) {
                state.addChildScope(new Scope(Scope.Kind.PARALLEL_BRANCH, state, i,
                    elements.get(i), topLevel, inherited));
              }
            }
          });
    } else if (type.get() == StateType.MAP) {
      // ItemProcessor replaced Iterator; Step Functions still accepts either.
      WorkflowTypeSetting workflowType = processorWorkflowType(state, inherited);
      state.field("ItemProcessor").or(() -> state.field("Iterator"))
          .filter(ObjectNode.class::isInstance)
          .ifPresent(processor -> state.addChildScope(
              new Scope(Scope.Kind.MAP_PROCESSOR, state, 0, processor, topLevel, workflowType)));
    }
  }

  /**
   * A Distributed Map runs its item processor as child workflow executions of its
   * {@code ExecutionType}:
   * https://docs.aws.amazon.com/step-functions/latest/dg/state-map-distributed.html
   * An inline Map, or one whose type the linter cannot read, runs as its own scope does.
   */
  private static WorkflowTypeSetting processorWorkflowType(State state,
      WorkflowTypeSetting inherited) {
    MapFields map = state.map().orElseThrow();
    if (!map.isDistributed()) {
      return inherited;
    }
    return map.executionType().flatMap(FieldValue::value)
        .map(type -> new WorkflowTypeSetting(type,
            "ExecutionType of Map state \"" + state.name() + "\""))
        .orElse(inherited);
  }
}
