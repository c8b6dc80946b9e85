package dev.sfnappsynclint.template;

import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * A CloudFormation intrinsic function in either form: {@code {"Fn::Sub": ...}} or the YAML
 * short form {@code !Sub ...}.
 *
 * @param function the long name: {@code Ref}, {@code Fn::Sub}, {@code Fn::Join}, ...
 * @param argument what the function is applied to (for the short form, the tagged node itself)
 */
public record Intrinsic(String function, Node argument, Node node) {

  private static final Map<String, String> SHORT_FORMS = Map.ofEntries(
      Map.entry("!Ref", "Ref"),
      Map.entry("!Condition", "Condition"),
      Map.entry("!Sub", "Fn::Sub"),
      Map.entry("!GetAtt", "Fn::GetAtt"),
      Map.entry("!Join", "Fn::Join"),
      Map.entry("!If", "Fn::If"),
      Map.entry("!Select", "Fn::Select"),
      Map.entry("!Split", "Fn::Split"),
      Map.entry("!FindInMap", "Fn::FindInMap"),
      Map.entry("!Base64", "Fn::Base64"),
      Map.entry("!Cidr", "Fn::Cidr"),
      Map.entry("!GetAZs", "Fn::GetAZs"),
      Map.entry("!ImportValue", "Fn::ImportValue"),
      Map.entry("!Equals", "Fn::Equals"),
      Map.entry("!Not", "Fn::Not"),
      Map.entry("!And", "Fn::And"),
      Map.entry("!Or", "Fn::Or"),
      Map.entry("!Transform", "Fn::Transform"),
      Map.entry("!ToJsonString", "Fn::ToJsonString"),
      Map.entry("!Length", "Fn::Length"));

  public static Optional<Intrinsic> of(Node node) {
    if (node.tag().isPresent()) {
      String function = SHORT_FORMS.get(node.tag().get());
      return function == null ? Optional.empty()
          : Optional.of(new Intrinsic(function, node, node));
    }
    if (node instanceof ObjectNode object && object.members().size() == 1) {
      Member member = object.members().get(0);
      String name = member.name();
      if (name.equals("Ref") || name.equals("Condition") || name.startsWith("Fn::")) {
        return Optional.of(new Intrinsic(name, member.value(), node));
      }
    }
    return Optional.empty();
  }

  public boolean is(String name) {
    return function.equals(name);
  }
}
