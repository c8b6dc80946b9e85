package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.template.TemplateResource;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.ObjectNode;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a state machine came from when it is a resource of a template.
 *
 * @param form how the definition is written
 * @param substitutions the literal {@code DefinitionSubstitutions} object, if any
 * @param resolvedByFnSub names a surrounding {@code Fn::Sub} resolves: template parameters,
 *     logical ids and the function's own variables (empty when no {@code Fn::Sub} is involved)
 * @param templateResources every resource of the template by logical id, so that a substitution
 *     such as {@code !GetAtt ChargeFunction.Arn} can say what it names
 */
public record TemplateContext(TemplateResource resource, Form form,
    Optional<ObjectNode> substitutions, Set<String> resolvedByFnSub,
    Map<String, TemplateResource> templateResources) {

  public TemplateContext {
    templateResources = Map.copyOf(templateResources);
  }

  /** A context that knows no other resource of the template. */
  public TemplateContext(TemplateResource resource, Form form,
      Optional<ObjectNode> substitutions, Set<String> resolvedByFnSub) {
    this(resource, form, substitutions, resolvedByFnSub, Map.of());
  }

  public enum Form {
    /** {@code Definition}: the state machine as a YAML/JSON object in the template. */
    OBJECT,
    /** {@code DefinitionString} as a plain string. */
    STRING,
    /** {@code DefinitionString} built with {@code Fn::Sub}. */
    SUB,
    /** {@code DefinitionString} built with {@code Fn::Join} (as CDK writes it). */
    JOIN,
    /** {@code DefinitionUri} or {@code DefinitionS3Location} naming a local file. */
    FILE
  }

  public String logicalId() {
    return resource.logicalId();
  }

  /**
   * True when {@code ${name}} will be replaced before Step Functions sees the definition: by a
   * {@code DefinitionSubstitutions} key, a pseudo parameter ({@code AWS::Region}), or the
   * {@code Fn::Sub} the definition is written in. Also true for the linter's stand-ins for
   * intrinsic functions it cannot evaluate ({@code ${Fn::GetAtt}}).
   */
  public boolean resolves(String name) {
    if (name.contains("::") || name.startsWith("!")) {
      return true;
    }
    if (substitutions.filter(s -> s.has(name)).isPresent()) {
      return true;
    }
    String head = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    return resolvedByFnSub.contains(name) || resolvedByFnSub.contains(head);
  }

  /**
   * What replaces {@code ${name}}: the {@code DefinitionSubstitutions} member, else (for a
   * definition written in {@code Fn::Sub}) the template resource the name refers to. Empty when
   * the template gives no value the linter can see (a pseudo parameter, a template parameter).
   */
  public Optional<Substitution> substitution(String name) {
    // Fn::Sub runs first, while CloudFormation reads the template; DefinitionSubstitutions later.
    if (resolvedByFnSub.contains(name) || resolvedByFnSub.contains(head(name))) {
      return templateResources.containsKey(head(name))
          ? Optional.of(Substitution.named(name, Optional.empty(), name, templateResources))
          : Optional.empty();
    }
    return substitutions.flatMap(s -> s.get(name))
        .map(value -> Substitution.of(name, value, templateResources));
  }

  /**
   * The substitutions whose value is a literal (string, number, boolean), by name: what the
   * definition says once CloudFormation has put them in.
   */
  Map<String, ScalarNode> literalSubstitutions() {
    Map<String, ScalarNode> literals = new LinkedHashMap<>();
    if (substitutions.isEmpty()) {
      return literals;
    }
    for (Member member : substitutions.get().members()) {
      if (member.value() instanceof ScalarNode scalar
          && Substitution.literalText(scalar).isPresent()
          && !resolvedByFnSub.contains(member.name())) {
        literals.put(member.name(), scalar);
      }
    }
    return literals;
  }

  private static String head(String name) {
    return name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
  }
}
