package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.template.Intrinsic;
import dev.sfnappsynclint.template.TemplateResource;
import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the template puts in place of one {@code ${Name}}.
 *
 * @param name the placeholder's name
 * @param value the {@code DefinitionSubstitutions} member's value: a literal, or an intrinsic
 *     such as {@code !GetAtt Fn.Arn}; empty when the {@code Fn::Sub} around the definition
 *     resolves the name itself
 * @param resource the template resource the value names ({@code Ref}, {@code GetAtt},
 *     {@code Sub "${X.Arn}"}), if it is one of the template's
 * @param attribute the attribute a {@code GetAtt} reads ({@code Arn}); empty for {@code Ref}
 */
public record Substitution(String name, Optional<Node> value, Optional<TemplateResource> resource,
    Optional<String> attribute) {

  /** Resource types whose {@code Ref} or {@code GetAtt ...Arn} names a Lambda function. */
  private static final Set<String> LAMBDA_TYPES = Set.of("AWS::Lambda::Function",
      "AWS::Serverless::Function", "AWS::Lambda::Alias", "AWS::Lambda::Version");

  /** The text of a literal value (a string, number or boolean, not an intrinsic). */
  public Optional<String> literal() {
    return value.flatMap(Substitution::literalText);
  }

  public Optional<Intrinsic> intrinsic() {
    return value.flatMap(Intrinsic::of);
  }

  /** The type of the resource the value names, such as {@code AWS::Serverless::Function}. */
  public Optional<String> resourceType() {
    return resource.map(TemplateResource::type);
  }

  /**
   * The value is a Lambda function: a literal function ARN, a {@code Ref} or {@code GetAtt ...Arn}
   * of a function (alias, version) resource, or an {@code Fn::Sub} that builds a function ARN.
   */
  public boolean namesLambdaFunction() {
    if (resource.isPresent()) {
      return LAMBDA_TYPES.contains(resource.get().type())
          && attribute.map(a -> a.endsWith("Arn")).orElse(true);
    }
    Optional<String> text = literal().or(() -> intrinsic().filter(i -> i.is("Fn::Sub"))
        .flatMap(i -> subText(i.argument())));
    return text.map(t -> TaskResource.parse(t).kind() == TaskResource.Kind.LAMBDA_FUNCTION)
        .orElse(false);
  }

  static Optional<String> literalText(Node node) {
    if (node instanceof ScalarNode scalar && scalar.tag().isEmpty()
        && scalar.kind() != ScalarNode.Kind.NULL) {
      return Optional.of(scalar.text());
    }
    return Optional.empty();
  }

  /** A {@code DefinitionSubstitutions} value, and the resource it names if any. */
  static Substitution of(String name, Node value, Map<String, TemplateResource> resources) {
    Optional<Intrinsic> intrinsic = Intrinsic.of(value);
    if (intrinsic.isEmpty()) {
      return new Substitution(name, Optional.of(value), Optional.empty(), Optional.empty());
    }
    Intrinsic function = intrinsic.get();
    Node argument = function.argument();
    String target = null;
    String attribute = null;
    if (function.is("Ref") && argument instanceof ScalarNode scalar) {
      target = scalar.text();
    } else if (function.is("Fn::GetAtt")) {
      if (argument instanceof ScalarNode scalar && scalar.text().contains(".")) {
        target = scalar.text().substring(0, scalar.text().indexOf('.'));
        attribute = scalar.text().substring(scalar.text().indexOf('.') + 1);
      } else if (argument instanceof ArrayNode list && list.size() == 2
          && list.elements().get(0) instanceof ScalarNode id
          && list.elements().get(1) instanceof ScalarNode attr) {
        target = id.text();
        attribute = attr.text();
      }
    } else if (function.is("Fn::Sub")) {
      Optional<String> text = subText(argument);
      List<String> names = text.map(FieldValue::placeholderNames).orElse(List.of());
      boolean variable = argument instanceof ArrayNode list && list.size() == 2
          && list.elements().get(1) instanceof ObjectNode variables
          && !names.isEmpty() && variables.has(names.get(0));
      if (names.size() == 1 && text.get().equals("${" + names.get(0) + "}") && !variable) {
        return named(name, Optional.of(value), names.get(0), resources);
      }
    }
    TemplateResource resource = target == null ? null : resources.get(target);
    return new Substitution(name, Optional.of(value), Optional.ofNullable(resource),
        resource == null ? Optional.empty() : Optional.ofNullable(attribute));
  }

  /**
   * A name resolved the way {@code Fn::Sub} resolves it: {@code X} is {@code Ref X},
   * {@code X.Attr} is {@code GetAtt X.Attr}.
   */
  static Substitution named(String name, Optional<Node> value, String reference,
      Map<String, TemplateResource> resources) {
    int dot = reference.indexOf('.');
    String target = dot < 0 ? reference : reference.substring(0, dot);
    TemplateResource resource = resources.get(target);
    Optional<String> attribute = resource == null || dot < 0
        ? Optional.empty() : Optional.of(reference.substring(dot + 1));
    return new Substitution(name, value, Optional.ofNullable(resource), attribute);
  }

  private static Optional<String> subText(Node argument) {
    if (argument instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.STRING) {
      return Optional.of(scalar.text());
    }
    if (argument instanceof ArrayNode list && list.size() == 2
        && list.elements().get(0) instanceof ScalarNode text
        && text.kind() == ScalarNode.Kind.STRING) {
      return Optional.of(text.text());
    }
    return Optional.empty();
  }
}
