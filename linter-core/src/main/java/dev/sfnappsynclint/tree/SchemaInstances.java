package dev.sfnappsynclint.tree;

import com.networknt.schema.path.NodePath;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Located trees as instances for the JSON Schema validator, and the validator's instance
 * locations back as the located nodes they are about: what the configuration loader and the ASL
 * schema share.
 */
public final class SchemaInstances {

  private SchemaInstances() {
  }

  /** The located tree as a Jackson tree, for the validator. */
  public static JsonNode toJackson(Node node) {
    JsonNodeFactory factory = JsonNodeFactory.instance;
    if (node instanceof ObjectNode object) {
      var result = factory.objectNode();
      for (Member member : object.members()) {
        result.set(member.name(), toJackson(member.value()));
      }
      return result;
    }
    if (node instanceof ArrayNode array) {
      var result = factory.arrayNode();
      array.elements().forEach(element -> result.add(toJackson(element)));
      return result;
    }
    ScalarNode scalar = (ScalarNode) node;
    return switch (scalar.kind()) {
      case NULL -> factory.nullNode();
      case BOOLEAN -> factory.booleanNode(scalar.isTrue());
      case NUMBER -> scalar.number().<JsonNode>map(factory::numberNode)
          .orElseGet(() -> factory.stringNode(scalar.text()));
      case STRING -> factory.stringNode(scalar.text());
    };
  }

  /**
   * Every node by its JSON Pointer relative to {@code root} (the validator's instance
   * locations), and every key by {@code "key:" + pointer}. Relative, because a node's own
   * pointer is the file's: in a template it starts at the {@code Definition}.
   */
  public static Map<String, Node> index(Node root) {
    return index(root, "");
  }

  /** The same, with {@code pointer} as the pointer of {@code root}. */
  public static Map<String, Node> index(Node root, String pointer) {
    Map<String, Node> byPointer = new HashMap<>();
    index(root, pointer, byPointer);
    return byPointer;
  }

  private static void index(Node node, String pointer, Map<String, Node> byPointer) {
    byPointer.put(pointer, node);
    if (node instanceof ObjectNode object) {
      for (Member member : object.members()) {
        String child = JsonPointers.child(pointer, member.name());
        byPointer.put("key:" + child, member.key());
        index(member.value(), child, byPointer);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        index(array.elements().get(i), JsonPointers.child(pointer, i), byPointer);
      }
    }
  }

  /** A validator instance location as a JSON Pointer. */
  public static String pointer(NodePath path) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      pointer.append('/').append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }
}
