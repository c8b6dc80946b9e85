package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The fewest bytes a payload written in the definition ({@code Result}, {@code Parameters},
 * {@code Arguments}, {@code Assign}, ...) can take once Step Functions has built it: compact
 * JSON, UTF-8, with whatever is evaluated at run time at its smallest. Step Functions limits the
 * input and output of every state and task to 262,144 bytes of UTF-8
 * (https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html).
 *
 * <p>What is evaluated at run time counts one byte (the shortest JSON value): the value of a
 * JSONPath {@code "key.$"} member (whose key loses its {@code .$}), and, in a JSONata state, a
 * {@code {% ... %}} string. A {@code ${Name}} that the template does not replace with a literal
 * counts nothing. Iterative, so any nesting the tree reader accepts is fine.
 */
public final class PayloadSize {

  /** The quota on a state's or task's input and output, in bytes. */
  public static final long LIMIT_BYTES = 262_144;

  private PayloadSize() {}

  /** The fewest bytes {@code node} can take, as a state of that query language builds it. */
  public static long minimumBytes(Node node, QueryLanguage language) {
    boolean jsonata = language == QueryLanguage.JSONATA;
    long total = 0;
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(node);
    while (!pending.isEmpty()) {
      Node current = pending.pop();
      if (current instanceof ObjectNode object) {
        total += 2 + Math.max(0, object.members().size() - 1);
        for (Member member : object.members()) {
          String key = member.name();
          if (!jsonata && key.endsWith(".$")) {
            total += stringBytes(key.substring(0, key.length() - 2)) + 1 + 1;
          } else {
            total += stringBytes(key) + 1;
            pending.push(member.value());
          }
        }
      } else if (current instanceof ArrayNode array) {
        total += 2 + Math.max(0, array.size() - 1);
        for (Node element : array.elements()) {
          pending.push(element);
        }
      } else if (current instanceof ScalarNode scalar) {
        total += scalarBytes(scalar, jsonata);
      }
    }
    return total;
  }

  private static long scalarBytes(ScalarNode scalar, boolean jsonata) {
    if (scalar.kind() != ScalarNode.Kind.STRING) {
      return Math.max(1, scalar.text().length());
    }
    String text = scalar.text();
    if (jsonata && FieldValue.isJsonataExpression(text)) {
      return 1;
    }
    if (text.contains("${")) {
      text = FieldValue.PLACEHOLDER.matcher(text).replaceAll("");
    }
    return stringBytes(text);
  }

  /** A JSON string with its quotes, escaped as compact JSON writes it, in UTF-8. */
  static long stringBytes(String text) {
    long bytes = 2;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' || c == '\r'
          || c == '\t') {
        bytes += 2;
      } else if (c < 0x20) {
        bytes += 6;
      } else if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isSurrogate(c)) {
        bytes += 2; // a pair is 4 bytes in UTF-8
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
