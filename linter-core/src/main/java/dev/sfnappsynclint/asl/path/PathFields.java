package dev.sfnappsynclint.asl.path;

import dev.sfnappsynclint.asl.Catcher;
import dev.sfnappsynclint.asl.QueryLanguage;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateType;
import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Every path-valued field of a JSONPath state, with the kind of path it takes
 * (https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html, the
 * page of each state type, and the States Language specification: {@code ResultPath} and the
 * fields that read one value — seconds, timestamps, items, limits, error and cause — take a
 * Reference Path; {@code InputPath}, {@code OutputPath} and Choice rules take a Path). Values
 * that are not strings ({@code null} discards) are not listed.
 */
public final class PathFields {

  /** Fields of the state object itself; the schema rules say which type may have which. */
  private static final Map<String, PathField.Kind> STATE_FIELDS = Map.ofEntries(
      Map.entry("InputPath", PathField.Kind.PATH),
      Map.entry("OutputPath", PathField.Kind.PATH),
      Map.entry("ResultPath", PathField.Kind.REFERENCE_PATH),
      Map.entry("ItemsPath", PathField.Kind.REFERENCE_PATH),
      Map.entry("TimeoutSecondsPath", PathField.Kind.REFERENCE_PATH),
      Map.entry("HeartbeatSecondsPath", PathField.Kind.REFERENCE_PATH),
      Map.entry("SecondsPath", PathField.Kind.REFERENCE_PATH),
      Map.entry("TimestampPath", PathField.Kind.REFERENCE_PATH),
      Map.entry("MaxConcurrencyPath", PathField.Kind.REFERENCE_PATH),
      Map.entry("ToleratedFailurePercentagePath", PathField.Kind.REFERENCE_PATH),
      Map.entry("ToleratedFailureCountPath", PathField.Kind.REFERENCE_PATH),
      Map.entry("ErrorPath", PathField.Kind.REFERENCE_PATH_OR_INTRINSIC),
      Map.entry("CausePath", PathField.Kind.REFERENCE_PATH_OR_INTRINSIC));

  private PathFields() {}

  /** The path fields of a state in document order; none for a JSONata state. */
  public static List<PathField> of(State state) {
    if (state.queryLanguage() != QueryLanguage.JSONPATH) {
      return List.of();
    }
    List<PathField> found = new ArrayList<>();
    String where = "state \"" + state.name() + "\"";
    for (Member member : state.node().members()) {
      PathField.Kind kind = STATE_FIELDS.get(member.name());
      if (kind != null) {
        add(found, member.name(), where, member.value(), kind);
      }
    }
    objectAt(state.node(), "ItemBatcher").ifPresent(batcher -> {
      for (String field : List.of("MaxItemsPerBatchPath", "MaxInputBytesPerBatchPath")) {
        batcher.get(field).ifPresent(value -> add(found, field, "ItemBatcher of " + where, value,
            PathField.Kind.REFERENCE_PATH));
      }
    });
    objectAt(state.node(), "ItemReader").flatMap(reader -> objectAt(reader, "ReaderConfig"))
        .flatMap(config -> config.get("MaxItemsPath"))
        .ifPresent(value -> add(found, "MaxItemsPath", "ItemReader of " + where, value,
            PathField.Kind.REFERENCE_PATH));
    if (state.is(StateType.CHOICE)) {
      choiceRules(state, where, found);
    }
    for (Catcher catcher : state.catchers()) {
      catcher.resultPath().ifPresent(value -> add(found, "ResultPath",
          "Catcher #" + (catcher.index() + 1) + " of " + where, value,
          PathField.Kind.REFERENCE_PATH));
    }
    return found;
  }

  /** {@code Variable} and the {@code ...Path} operands of every rule, nested ones included. */
  private static void choiceRules(State state, String where, List<PathField> found) {
    if (!(state.node().get("Choices").orElse(null) instanceof ArrayNode choices)) {
      return;
    }
    Deque<Node> pending = new ArrayDeque<>();
    for (int i = choices.size() - 1; i >= 0; i--) {
      pending.push(choices.elements().get(i));
    }
    while (!pending.isEmpty()) {
      if (!(pending.pop() instanceof ObjectNode rule)) {
        continue;
      }
      for (Member member : rule.members()) {
        String name = member.name();
        if (name.equals("Variable") || (name.endsWith("Path") && name.length() > 4)) {
          add(found, name, "a Choice rule of " + where, member.value(), PathField.Kind.PATH);
        }
      }
      List<Node> nested = new ArrayList<>();
      for (String combinator : List.of("And", "Or")) {
        if (rule.get(combinator).orElse(null) instanceof ArrayNode array) {
          nested.addAll(array.elements());
        }
      }
      rule.get("Not").ifPresent(nested::add);
      for (int i = nested.size() - 1; i >= 0; i--) {
        pending.push(nested.get(i));
      }
    }
  }

  private static java.util.Optional<ObjectNode> objectAt(ObjectNode node, String field) {
    return node.get(field).filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast);
  }

  private static void add(List<PathField> found, String field, String where, Node value,
      PathField.Kind kind) {
    if (value instanceof ScalarNode scalar && value.isString()
        && scalar.kind() == ScalarNode.Kind.STRING) {
      found.add(new PathField(field, where, scalar, kind));
    }
  }
}
