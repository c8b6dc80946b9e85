package dev.sfnappsynclint.asl.payload;

import dev.sfnappsynclint.asl.Catcher;
import dev.sfnappsynclint.asl.QueryLanguage;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateType;
import dev.sfnappsynclint.template.Intrinsic;
import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A payload template of a JSONPath state: an object whose fields named {@code name.$} are
 * replaced, at run time, by the value of the path or intrinsic function call they hold, and whose
 * other fields are taken literally, at every depth and inside arrays
 * (https://docs.aws.amazon.com/step-functions/latest/dg/input-output-inputpath-params.html).
 *
 * @param field the field that holds it ({@code Parameters}, {@code Assign}, ...)
 * @param where where that field is, for messages ({@code state "Charge"})
 * @param root the template
 */
public record PayloadTemplate(String field, String where, ObjectNode root) {

  /** Fields of a state that hold a payload template. */
  private static final List<String> STATE_FIELDS =
      List.of("Parameters", "ResultSelector", "ItemSelector", "Assign", "Credentials");

  /** The payload templates of a JSONPath state in document order; none for a JSONata state. */
  public static List<PayloadTemplate> of(State state) {
    if (state.queryLanguage() != QueryLanguage.JSONPATH) {
      return List.of();
    }
    List<PayloadTemplate> found = new ArrayList<>();
    String where = "state \"" + state.name() + "\"";
    for (Member member : state.node().members()) {
      if (STATE_FIELDS.contains(member.name())) {
        add(found, member.name(), where, member.value());
      }
    }
    objectAt(state.node(), "ItemReader").flatMap(r -> r.get("Parameters"))
        .ifPresent(p -> add(found, "Parameters", "ItemReader of " + where, p));
    objectAt(state.node(), "ResultWriter").flatMap(r -> r.get("Parameters"))
        .ifPresent(p -> add(found, "Parameters", "ResultWriter of " + where, p));
    objectAt(state.node(), "ItemBatcher").flatMap(b -> b.get("BatchInput"))
        .ifPresent(p -> add(found, "BatchInput", "ItemBatcher of " + where, p));
    if (state.is(StateType.CHOICE)
        && state.node().get("Choices").orElse(null) instanceof ArrayNode choices) {
      for (int i = 0; i < choices.size(); i++) {
        if (choices.elements().get(i) instanceof ObjectNode rule) {
          int number = i + 1;
          rule.get("Assign").ifPresent(a -> add(found, "Assign",
              "Choice rule #" + number + " of " + where, a));
        }
      }
    }
    for (Catcher catcher : state.catchers()) {
      catcher.assign().ifPresent(a -> add(found, "Assign",
          "Catcher #" + (catcher.index() + 1) + " of " + where, a));
    }
    return found;
  }

  /** A Pass state's {@code Result}: taken literally, never a template. */
  public static Optional<Node> passResult(State state) {
    return state.is(StateType.PASS) && state.queryLanguage() == QueryLanguage.JSONPATH
        ? state.field("Result") : Optional.empty();
  }

  /**
   * Every member of every object in the template, the root's and nested ones (inside arrays
   * too), in document order. CloudFormation functions ({@code Fn::Sub}, {@code !Ref}) are
   * opaque values, not objects of the template.
   */
  public List<TemplateMember> members() {
    return membersUnder(root);
  }

  /** The members of every object under {@code node}, without recursion. */
  public static List<TemplateMember> membersUnder(Node node) {
    List<TemplateMember> members = new ArrayList<>();
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(node);
    while (!pending.isEmpty()) {
      Node next = pending.pop();
      if (Intrinsic.of(next).isPresent() || next.tag().isPresent()) {
        continue;
      }
      if (next instanceof ObjectNode object) {
        List<Node> children = new ArrayList<>();
        for (Member member : object.members()) {
          members.add(new TemplateMember(object, member));
          children.add(member.value());
        }
        for (int i = children.size() - 1; i >= 0; i--) {
          pending.push(children.get(i));
        }
      } else if (next instanceof ArrayNode array) {
        for (int i = array.size() - 1; i >= 0; i--) {
          pending.push(array.elements().get(i));
        }
      }
    }
    return members;
  }

  private static Optional<ObjectNode> objectAt(ObjectNode node, String field) {
    return node.get(field).filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast);
  }

  private static void add(List<PayloadTemplate> found, String field, String where, Node value) {
    if (value instanceof ObjectNode object && value.tag().isEmpty()
        && Intrinsic.of(value).isEmpty()) {
      found.add(new PayloadTemplate(field, where, object));
    }
  }
}
