package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.template.Intrinsic;
import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code Resource} of a Task state, parsed. ARN shapes:
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html and
 * https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html
 *
 * <p>A {@code ${Name}} in a part the parse does not depend on (partition, Region, account,
 * function name) leaves the rest recognised: {@code arn:${AWS::Partition}:states:::sqs:sendMessage}
 * is an SQS integration. Where the placeholder hides what the resource is, the kind is
 * {@link Kind#PLACEHOLDER}, never {@link Kind#UNKNOWN}.
 *
 * @param node where {@code Resource}'s value is written
 * @param text the string, after literal {@code DefinitionSubstitutions}; empty when not a string
 * @param service for integrations: {@code sqs}, {@code lambda}, {@code http}; for AWS SDK
 *     integrations the SDK service ({@code s3} in {@code aws-sdk:s3:getObject})
 * @param action for integrations: {@code sendMessage}, {@code invoke}, ...
 * @param pattern for integrations: the suffix after the action
 * @param resourceName the function name of a Lambda ARN, the activity name of an activity ARN
 * @param qualifier a Lambda ARN's version or alias
 * @param placeholderNames every {@code ${Name}} still in the text
 * @param substitution for a whole-string placeholder: what the template replaces it with
 */
public record TaskResource(Node node, Kind kind, Optional<String> text, Optional<String> service,
    Optional<String> action, Optional<IntegrationPattern> pattern, Optional<String> resourceName,
    Optional<String> qualifier, List<String> placeholderNames, Optional<Substitution> substitution) {

  public enum Kind {
    /** {@code arn:aws:states:::service:action[.sync|.sync:2|.waitForTaskToken]} */
    SERVICE_INTEGRATION,
    /** {@code arn:aws:states:::aws-sdk:service:action[...]} */
    SDK_INTEGRATION,
    /** {@code arn:aws:states:::http:invoke} */
    HTTP_TASK,
    /** {@code arn:aws:lambda:region:account:function:name[:qualifier]} */
    LAMBDA_FUNCTION,
    /** {@code arn:aws:states:region:account:activity:name} */
    ACTIVITY,
    /** A placeholder hides what the resource is (a whole {@code ${Name}}, or its service). */
    PLACEHOLDER,
    /** A string that is none of the shapes Step Functions accepts. */
    UNKNOWN,
    /** Not a string. */
    MALFORMED
  }

  private static final String SDK = "aws-sdk";

  public TaskResource {
    placeholderNames = List.copyOf(placeholderNames);
  }

  public boolean is(Kind kind) {
    return this.kind == kind;
  }

  /** An optimised, AWS SDK or HTTP integration ({@code arn:aws:states:::...}). */
  public boolean isIntegration() {
    return kind == Kind.SERVICE_INTEGRATION || kind == Kind.SDK_INTEGRATION
        || kind == Kind.HTTP_TASK;
  }

  /**
   * Invokes a Lambda function: the {@code lambda:invoke} integration, a function ARN, or a
   * placeholder the template replaces with a function's ARN (a literal ARN, or {@code GetAtt} /
   * {@code Ref} of a function resource).
   */
  public boolean isLambda() {
    return switch (kind) {
      case LAMBDA_FUNCTION -> true;
      case SERVICE_INTEGRATION -> service.filter("lambda"::equals).isPresent()
          && action.filter("invoke"::equals).isPresent();
      case PLACEHOLDER -> substitution.filter(Substitution::namesLambdaFunction).isPresent();
      default -> false;
    };
  }

  /** Parses the value of {@code Resource}. */
  static TaskResource of(Node node, TemplateContext template) {
    Optional<String> written = node.isString() ? Optional.of(((ScalarNode) node).text())
        : subText(node);
    if (written.isEmpty()) {
      return new TaskResource(node, Kind.MALFORMED, Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
          Optional.empty());
    }
    String text = written.get();
    Parsed parsed = parse(text);
    Optional<Substitution> substitution = Optional.empty();
    List<String> names = FieldValue.placeholderNames(text);
    if (parsed.kind == Kind.PLACEHOLDER && template != null && names.size() == 1
        && text.equals("${" + names.get(0) + "}")) {
      substitution = template.substitution(names.get(0));
    }
    return new TaskResource(node, parsed.kind, Optional.of(text),
        Optional.ofNullable(parsed.service), Optional.ofNullable(parsed.action),
        Optional.ofNullable(parsed.pattern), Optional.ofNullable(parsed.name),
        Optional.ofNullable(parsed.qualifier), names, substitution);
  }

  /**
   * The string of an {@code Fn::Sub} written as the resource in a template's {@code Definition}
   * ({@code !Sub arn:${AWS::Partition}:states:::sqs:sendMessage}): its {@code ${...}} are
   * placeholders like any other, the rest is the ARN.
   */
  private static Optional<String> subText(Node node) {
    Optional<Intrinsic> sub = Intrinsic.of(node).filter(i -> i.is("Fn::Sub"));
    if (sub.isEmpty()) {
      return Optional.empty();
    }
    Node argument = sub.get().argument();
    if (argument instanceof ArrayNode array && !array.elements().isEmpty()) {
      argument = array.elements().get(0);
    }
    return argument instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.STRING
        ? Optional.of(scalar.text()) : Optional.empty();
  }

  /** What an ARN string is, with the parts that matter for each kind. */
  record Parsed(Kind kind, String service, String action, IntegrationPattern pattern,
      String name, String qualifier) {

    static Parsed of(Kind kind) {
      return new Parsed(kind, null, null, null, null, null);
    }
  }

  static Parsed parse(String text) {
    boolean placeholders = text.contains("${");
    Parsed unknown = Parsed.of(placeholders ? Kind.PLACEHOLDER : Kind.UNKNOWN);
    List<String> parts = splitArn(text);
    if (parts.size() < 6 || !parts.get(0).equals("arn") || parts.get(1).isEmpty()) {
      return unknown;
    }
    String service = parts.get(2);
    String region = parts.get(3);
    String account = parts.get(4);
    if (service.equals("states")) {
      if (region.isEmpty() && account.isEmpty()) {
        return integration(parts.subList(5, parts.size()), unknown);
      }
      if (parts.size() == 7 && parts.get(5).equals("activity") && !parts.get(6).isEmpty()) {
        return new Parsed(Kind.ACTIVITY, null, null, null, parts.get(6), null);
      }
      // Deployed definitions also name integrations with a Region and account
      // (arn:aws:states:us-east-1:123456789012:aws-sdk:s3:getObject), and Step Functions runs them.
      if (parts.get(5).equals(SDK) || IntegrationCatalog.service(parts.get(5)).isPresent()) {
        return integration(parts.subList(5, parts.size()), unknown);
      }
      return unknown;
    }
    if (service.equals("lambda")) {
      if ((parts.size() == 7 || parts.size() == 8) && parts.get(5).equals("function")
          && !parts.get(6).isEmpty() && !region.isEmpty() && !account.isEmpty()) {
        return new Parsed(Kind.LAMBDA_FUNCTION, null, null, null, parts.get(6),
            parts.size() == 8 ? parts.get(7) : null);
      }
      return unknown;
    }
    return unknown;
  }

  /** {@code service:action[.suffix]} or {@code aws-sdk:service:action[.suffix]}. */
  private static Parsed integration(List<String> parts, Parsed unknown) {
    boolean sdk = parts.get(0).equals(SDK);
    List<String> rest = sdk ? parts.subList(1, parts.size()) : parts;
    // The suffix .sync:2 adds one more colon-separated part.
    if (rest.size() < 2 || rest.size() > 3) {
      return unknown;
    }
    String service = rest.get(0);
    String actionAndSuffix = String.join(":", rest.subList(1, rest.size()));
    int dot = actionAndSuffix.indexOf('.');
    String action = dot < 0 ? actionAndSuffix : actionAndSuffix.substring(0, dot);
    String suffix = dot < 0 ? "" : actionAndSuffix.substring(dot);
    if (service.isEmpty() || action.isEmpty() || service.contains("${") || action.contains("${")) {
      return unknown;
    }
    Optional<IntegrationPattern> pattern = IntegrationPattern.fromSuffix(suffix);
    if (pattern.isEmpty()) {
      return unknown;
    }
    Kind kind = sdk ? Kind.SDK_INTEGRATION
        : service.equals("http") && action.equals("invoke") ? Kind.HTTP_TASK
        : Kind.SERVICE_INTEGRATION;
    return new Parsed(kind, service, action, pattern.get(), null, null);
  }

  /** Splits at colons outside {@code ${...}}: {@code ${AWS::Partition}} is one part. */
  public static List<String> splitArn(String text) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      } else if (c == ':' && depth == 0) {
        parts.add(part.toString());
        part.setLength(0);
        continue;
      }
      part.append(c);
    }
    parts.add(part.toString());
    return parts;
  }
}
