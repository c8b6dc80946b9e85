package dev.sfnappsynclint.template;

import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A CloudFormation or SAM template (also CDK's synthesized {@code *.template.json}). Knows
 * nothing of Step Functions or AppSync: it finds resources by type and names what
 * {@code Ref}/{@code Fn::Sub} can resolve.
 */
public final class CloudFormationTemplate {

  public static final String SAM_TRANSFORM = "AWS::Serverless-2016-10-31";

  private final ObjectNode root;

  private CloudFormationTemplate(ObjectNode root) {
    this.root = root;
  }

  /**
   * The template, if the document is one: it has {@code AWSTemplateFormatVersion}, the SAM
   * {@code Transform}, or {@code Resources} whose types are {@code AWS::...}.
   */
  public static Optional<CloudFormationTemplate> recognise(Node document) {
    if (!(document instanceof ObjectNode object)) {
      return Optional.empty();
    }
    if (object.has("AWSTemplateFormatVersion") || hasSamTransform(object)) {
      return Optional.of(new CloudFormationTemplate(object));
    }
    Optional<Node> resources = object.get("Resources");
    if (resources.isPresent() && resources.get() instanceof ObjectNode resourceMap) {
      for (Member member : resourceMap.members()) {
        if (member.value() instanceof ObjectNode resource
            && resource.string("Type").filter(t -> t.startsWith("AWS::")).isPresent()) {
          return Optional.of(new CloudFormationTemplate(object));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean hasSamTransform(ObjectNode object) {
    Optional<Node> transform = object.get("Transform");
    if (transform.isEmpty()) {
      return false;
    }
    if (transform.get().asString().filter(SAM_TRANSFORM::equals).isPresent()) {
      return true;
    }
    return transform.get() instanceof ArrayNode list && list.elements().stream()
        .anyMatch(e -> e.asString().filter(SAM_TRANSFORM::equals).isPresent());
  }

  public ObjectNode root() {
    return root;
  }

  /** Resources in document order. */
  public List<TemplateResource> resources() {
    List<TemplateResource> resources = new ArrayList<>();
    root.get("Resources").filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast)
        .ifPresent(map -> {
          for (Member member : map.members()) {
            if (member.value() instanceof ObjectNode resource) {
              resource.string("Type").ifPresent(type -> resources.add(
                  new TemplateResource(member.name(), member.key(), resource, type)));
            }
          }
        });
    return resources;
  }

  public List<TemplateResource> resourcesOfType(Set<String> types) {
    return resources().stream().filter(r -> types.contains(r.type())).toList();
  }

  public Set<String> parameterNames() {
    return names("Parameters");
  }

  public Set<String> resourceNames() {
    return names("Resources");
  }

  private Set<String> names(String section) {
    Set<String> names = new LinkedHashSet<>();
    root.get(section).filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast)
        .ifPresent(map -> map.members().forEach(m -> names.add(m.name())));
    return names;
  }
}
