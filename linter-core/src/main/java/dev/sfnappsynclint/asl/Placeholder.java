package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.template.Intrinsic;
import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code ${Name}} written in a definition: replaced before deployment by
 * {@code DefinitionSubstitutions} or {@code Fn::Sub}, so an opaque value of whatever type the
 * field expects — never an error by itself.
 *
 * @param node the string (value or key) it is written in
 */
public record Placeholder(String name, ScalarNode node) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

  /**
   * Every placeholder in the strings (keys and values) under a node, in document order. Strings
   * inside intrinsic functions ({@code !Sub ...}, {@code {"Fn::Sub": ...}}) are left out: the
   * template resolves those, not {@code DefinitionSubstitutions}.
   */
  static List<Placeholder> findAll(Node root) {
    List<Placeholder> found = new ArrayList<>();
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (node != root && Intrinsic.of(node).isPresent()) {
        continue;
      }
      if (node instanceof ObjectNode object) {
        List<Member> members = object.members();
        for (int i = members.size() - 1; i >= 0; i--) {
          pending.push(members.get(i).value());
          pending.push(members.get(i).key());
        }
      } else if (node instanceof ArrayNode array) {
        for (int i = array.size() - 1; i >= 0; i--) {
          pending.push(array.elements().get(i));
        }
      } else if (node instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.STRING
          && scalar.text().contains("${")) {
        Matcher matcher = PLACEHOLDER.matcher(scalar.text());
        while (matcher.find()) {
          found.add(new Placeholder(matcher.group(1).strip(), scalar));
        }
      }
    }
    return found;
  }
}
