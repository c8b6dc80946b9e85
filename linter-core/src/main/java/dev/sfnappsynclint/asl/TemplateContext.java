package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.template.TemplateResource;
import dev.sfnappsynclint.tree.ObjectNode;
import java.util.Optional;
import java.util.Set;

/**
 * Where a state machine came from when it is a resource of a template.
 *
 * @param form how the definition is written
 * @param substitutions the literal {@code DefinitionSubstitutions} object, if any
 * @param resolvedByFnSub names a surrounding {@code Fn::Sub} resolves: template parameters,
 *     logical ids and the function's own variables (empty when no {@code Fn::Sub} is involved)
 */
public record TemplateContext(TemplateResource resource, Form form,
    Optional<ObjectNode> substitutions, Set<String> resolvedByFnSub) {

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
}
