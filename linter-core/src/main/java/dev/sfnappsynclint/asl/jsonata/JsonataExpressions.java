package dev.sfnappsynclint.asl.jsonata;

import dev.sfnappsynclint.asl.QueryLanguage;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.jsonata.JsonataExpression.Place;
import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSONata expressions of a state machine, each parsed once: every {@code {% ... %}} string
 * in a field of a JSONata state that Step Functions evaluates, and the strings written that way
 * in JSONPath states, where Step Functions does not evaluate them.
 */
public final class JsonataExpressions {

  /** Fields of a state whose strings Step Functions evaluates as JSONata in a JSONata state. */
  public static final Set<String> STATE_FIELDS = Set.of(
      "Arguments", "Output", "Assign", "Items", "ItemSelector", "ItemReader", "ItemBatcher",
      "ResultWriter", "Credentials", "Seconds", "Timestamp", "TimeoutSeconds", "HeartbeatSeconds",
      "MaxConcurrency", "ToleratedFailureCount", "ToleratedFailurePercentage", "Error", "Cause");
  /** The same for a Choice rule. */
  public static final Set<String> CHOICE_RULE_FIELDS = Set.of("Condition", "Assign", "Output");
  /** The same for a Catcher. */
  public static final Set<String> CATCHER_FIELDS = Set.of("Output", "Assign");

  /** Fields holding other scopes' states, or text nothing evaluates. */
  private static final Set<String> NOT_OF_THIS_STATE =
      Set.of("Branches", "ItemProcessor", "Iterator", "Comment");


  private final List<JsonataExpression> expressions = new ArrayList<>();
  private final Map<State, List<JsonataExpression>> byState = new IdentityHashMap<>();
  private final List<NotEvaluated> notEvaluated = new ArrayList<>();

  /** A {@code {% ... %}} string in a JSONPath state: a plain string there. */
  public record NotEvaluated(State state, ScalarNode node) {
  }

  private JsonataExpressions(StateMachine machine) {
    for (State state : machine.states()) {
      if (state.queryLanguage() == QueryLanguage.JSONATA) {
        collect(state);
      } else {
        collectNotEvaluated(state);
      }
    }
  }

  /** The machine's expressions, found and parsed on first use. */
  public static JsonataExpressions of(StateMachine machine) {
    return machine.analysis(JsonataExpressions.class, JsonataExpressions::new);
  }

  /** Every expression of every JSONata state, state by state in document order. */
  public List<JsonataExpression> all() {
    return Collections.unmodifiableList(expressions);
  }

  /** The expressions of one state (its own fields, its Choice rules' and its Catchers'). */
  public List<JsonataExpression> of(State state) {
    return byState.getOrDefault(state, List.of());
  }

  /** {@code {% ... %}} strings written in JSONPath states. */
  public List<NotEvaluated> notEvaluated() {
    return Collections.unmodifiableList(notEvaluated);
  }

  private void collect(State state) {
    List<JsonataExpression> found = new ArrayList<>();
    ObjectNode node = state.node();
    for (Member member : node.members()) {
      if (STATE_FIELDS.contains(member.name())) {
        strings(member.value(), s -> found.add(
            new JsonataExpression(state, s, Place.STATE, -1, member.name())));
      }
    }
    elements(node, "Choices", (rule, i) -> {
      for (Member member : rule.members()) {
        if (CHOICE_RULE_FIELDS.contains(member.name())) {
          strings(member.value(), s -> found.add(
              new JsonataExpression(state, s, Place.CHOICE_RULE, i, member.name())));
        }
      }
    });
    elements(node, "Catch", (catcher, i) -> {
      for (Member member : catcher.members()) {
        if (CATCHER_FIELDS.contains(member.name())) {
          strings(member.value(), s -> found.add(
              new JsonataExpression(state, s, Place.CATCHER, i, member.name())));
        }
      }
    });
    expressions.addAll(found);
    byState.put(state, List.copyOf(found));
  }

  private void collectNotEvaluated(State state) {
    for (Member member : state.node().members()) {
      if (!NOT_OF_THIS_STATE.contains(member.name()) && !member.name().endsWith(".$")) {
        strings(member.value(), s -> notEvaluated.add(new NotEvaluated(state, s)));
      }
    }
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

  /** Every {@code {% ... %}} string value in a tree, without recursion; keys are not values. */
  private static void strings(Node root, java.util.function.Consumer<ScalarNode> action) {
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(root);
    List<ScalarNode> found = new ArrayList<>();
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (node instanceof ScalarNode scalar) {
        if (scalar.kind() == ScalarNode.Kind.STRING && scalar.tag().isEmpty()
            && JsonataExpression.isExpression(scalar.text())) {
          found.add(scalar);
        }
      } else if (node instanceof ObjectNode object) {
        List<Member> members = object.members();
        for (int i = members.size() - 1; i >= 0; i--) {
          pending.push(members.get(i).value());
        }
      } else if (node instanceof ArrayNode array) {
        List<Node> elements = array.elements();
        for (int i = elements.size() - 1; i >= 0; i--) {
          pending.push(elements.get(i));
        }
      }
    }
    found.forEach(action);
  }
}
