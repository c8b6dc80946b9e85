package dev.sfnappsynclint.template;

import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.Optional;

/** One entry of a template's {@code Resources}. */
public record TemplateResource(String logicalId, ScalarNode idNode, ObjectNode node, String type) {

  public Optional<ObjectNode> properties() {
    return node.get("Properties").filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast);
  }

  public Optional<Member> property(String name) {
    return properties().flatMap(p -> p.member(name));
  }

  public Optional<Node> propertyValue(String name) {
    return property(name).map(Member::value);
  }
}
