package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.template.Intrinsic;
import dev.sfnappsynclint.template.TemplateResource;
import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.Locale;
import java.util.Optional;

/**
 * How a template's state machine is logged and traced: {@code LoggingConfiguration} and
 * {@code TracingConfiguration} of {@code AWS::StepFunctions::StateMachine}, {@code Logging} and
 * {@code Tracing} of {@code AWS::Serverless::StateMachine}
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-stepfunctions-statemachine-loggingconfiguration.html).
 * A value built by an intrinsic function the linter cannot evaluate is {@code UNKNOWN}, and
 * rules leave it alone.
 */
public record MonitoringSettings(TemplateResource resource, Logging logging, Tracing tracing) {

  /** What the logging configuration records. */
  public enum LoggingStatus {
    /** No logging property: the level is OFF. */
    ABSENT,
    /** {@code Level} is OFF or FATAL (or left out: OFF), so errors are not logged. */
    LEVEL_TOO_LOW,
    /** {@code Level} ALL or ERROR, but no {@code Destinations}. */
    NO_DESTINATION,
    /** {@code Level} ALL or ERROR with a destination. */
    ENABLED,
    /** Written with a value the linter cannot evaluate. */
    UNKNOWN
  }

  /**
   * @param property the logging property, when written
   * @param level the {@code Level} member, when written
   */
  public record Logging(LoggingStatus status, Optional<Member> property, Optional<Member> level) {}

  public enum TracingStatus { ABSENT, DISABLED, ENABLED, UNKNOWN }

  public record Tracing(TracingStatus status, Optional<Member> property) {}

  public String loggingPropertyName() {
    return isSam() ? "Logging" : "LoggingConfiguration";
  }

  public String tracingPropertyName() {
    return isSam() ? "Tracing" : "TracingConfiguration";
  }

  private boolean isSam() {
    return resource.type().equals(StateMachineResources.SERVERLESS);
  }

  public static MonitoringSettings of(TemplateContext template) {
    TemplateResource resource = template.resource();
    boolean sam = resource.type().equals(StateMachineResources.SERVERLESS);
    return new MonitoringSettings(resource,
        logging(resource.property(sam ? "Logging" : "LoggingConfiguration")),
        tracing(resource.property(sam ? "Tracing" : "TracingConfiguration")));
  }

  private static Logging logging(Optional<Member> property) {
    if (property.isEmpty()) {
      return new Logging(LoggingStatus.ABSENT, property, Optional.empty());
    }
    if (opaque(property.get().value())) {
      return new Logging(LoggingStatus.UNKNOWN, property, Optional.empty());
    }
    ObjectNode object = (ObjectNode) property.get().value();
    Optional<Member> level = object.member("Level");
    if (level.isPresent()) {
      Node value = level.get().value();
      if (!value.isString()) {
        return new Logging(LoggingStatus.UNKNOWN, property, level);
      }
      String text = ((ScalarNode) value).text().toUpperCase(Locale.ROOT);
      if (!text.equals("ALL") && !text.equals("ERROR")) {
        return new Logging(LoggingStatus.LEVEL_TOO_LOW, property, level);
      }
    } else {
      return new Logging(LoggingStatus.LEVEL_TOO_LOW, property, level);
    }
    Optional<Node> destinations = object.get("Destinations");
    if (destinations.isPresent() && !(destinations.get() instanceof ArrayNode)) {
      return new Logging(LoggingStatus.UNKNOWN, property, level);
    }
    if (destinations.isEmpty() || ((ArrayNode) destinations.get()).size() == 0) {
      return new Logging(LoggingStatus.NO_DESTINATION, property, level);
    }
    return new Logging(LoggingStatus.ENABLED, property, level);
  }

  private static Tracing tracing(Optional<Member> property) {
    if (property.isEmpty()) {
      return new Tracing(TracingStatus.ABSENT, property);
    }
    if (opaque(property.get().value())) {
      return new Tracing(TracingStatus.UNKNOWN, property);
    }
    Optional<Node> enabled = ((ObjectNode) property.get().value()).get("Enabled");
    if (enabled.isEmpty()) {
      return new Tracing(TracingStatus.DISABLED, property);
    }
    if (!(enabled.get() instanceof ScalarNode scalar) || enabled.get().tag().isPresent()
        || scalar.kind() == ScalarNode.Kind.NULL) {
      return new Tracing(TracingStatus.UNKNOWN, property);
    }
    return new Tracing(scalar.text().equalsIgnoreCase("true") ? TracingStatus.ENABLED
        : TracingStatus.DISABLED, property);
  }

  /** Not an object the linter can read: an intrinsic function, or some other value. */
  private static boolean opaque(Node value) {
    return !(value instanceof ObjectNode) || value.tag().isPresent()
        || Intrinsic.of(value).isPresent();
  }
}
