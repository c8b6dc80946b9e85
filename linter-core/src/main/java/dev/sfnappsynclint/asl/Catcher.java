package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * One element of a state's {@code Catch}.
 *
 * @param node the Catcher object
 * @param index its position in {@code Catch} (0-based)
 * @param resultPath JSONPath; a path, or {@code null} to discard the error
 * @param output JSONata: any value
 * @param assign any value
 */
public record Catcher(ObjectNode node, int index,
    Optional<FieldValue<List<FieldValue<String>>>> errorEquals, Optional<FieldValue<String>> next,
    Optional<Node> resultPath, Optional<Node> output, Optional<Node> assign)
    implements ErrorHandler {

  @Override
  public String kind() {
    return "Catcher";
  }

  static Catcher of(ObjectNode node, int index) {
    return new Catcher(node, index,
        node.get("ErrorEquals").map(n -> FieldValue.array(n, FieldValue::string)),
        node.get("Next").map(FieldValue::string),
        node.get("ResultPath"), node.get("Output"), node.get("Assign"));
  }
}
