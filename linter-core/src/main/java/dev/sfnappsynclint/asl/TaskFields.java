package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import java.util.Optional;

/**
 * The fields particular to a Task state:
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html
 *
 * <p>In a JSONata state, {@code TimeoutSeconds} and {@code HeartbeatSeconds} may be
 * {@code {% ... %}} expressions ({@link FieldValue.Form#EXPRESSION}); the {@code *Path} forms
 * belong to JSONPath.
 */
public record TaskFields(Optional<TaskResource> resource, Optional<FieldValue<Long>> timeoutSeconds,
    Optional<FieldValue<String>> timeoutSecondsPath, Optional<FieldValue<Long>> heartbeatSeconds,
    Optional<FieldValue<String>> heartbeatSecondsPath, Optional<Credentials> credentials) {

  /**
   * {@code Credentials}: the role a Task assumes.
   *
   * @param node the value of {@code Credentials} (an object when well-formed)
   * @param roleArn the {@code RoleArn} member
   * @param roleArnPath the {@code RoleArn.$} member (JSONPath)
   */
  public record Credentials(Node node, Optional<Member> roleArn, Optional<Member> roleArnPath) {

    /** {@code RoleArn} or {@code RoleArn.$} is written. */
    public boolean hasRoleArn() {
      return roleArn.isPresent() || roleArnPath.isPresent();
    }

    static Credentials of(Node node) {
      Optional<ObjectNode> object = node instanceof ObjectNode o ? Optional.of(o) : Optional.empty();
      return new Credentials(node, object.flatMap(o -> o.member("RoleArn")),
          object.flatMap(o -> o.member("RoleArn.$")));
    }
  }

  static TaskFields of(ObjectNode node, QueryLanguage language, TemplateContext template) {
    boolean jsonata = language == QueryLanguage.JSONATA;
    return new TaskFields(
        node.get("Resource").map(n -> TaskResource.of(n, template)),
        node.get("TimeoutSeconds").map(n -> FieldValue.integer(n, jsonata)),
        node.get("TimeoutSecondsPath").map(FieldValue::string),
        node.get("HeartbeatSeconds").map(n -> FieldValue.integer(n, jsonata)),
        node.get("HeartbeatSecondsPath").map(FieldValue::string),
        node.get("Credentials").map(Credentials::of));
  }
}
