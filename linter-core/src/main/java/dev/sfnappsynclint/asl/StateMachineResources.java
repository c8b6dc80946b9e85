package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.template.CloudFormationTemplate;
import dev.sfnappsynclint.template.EmbeddedText;
import dev.sfnappsynclint.template.Intrinsic;
import dev.sfnappsynclint.template.TemplateResource;
import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state machines of a template: {@code AWS::StepFunctions::StateMachine} and
 * {@code AWS::Serverless::StateMachine}, with where each definition is written and what
 * replaces its placeholders. What the linter cannot evaluate (a definition chosen by
 * {@code Fn::If}, one in S3) is left alone rather than reported.
 */
public final class StateMachineResources {

  public static final String STEP_FUNCTIONS = "AWS::StepFunctions::StateMachine";
  public static final String SERVERLESS = "AWS::Serverless::StateMachine";

  private StateMachineResources() {}

  /** How a resource gives its definition. */
  public sealed interface Definition {
    /** {@code Definition}: a tree of the template. */
    record Tree(Node definition) implements Definition {}

    /** {@code DefinitionString}: JSON text written in the template. */
    record Text(Node property, EmbeddedText text) implements Definition {}

    /** {@code DefinitionUri}/{@code DefinitionS3Location}: a local file, relative to the template. */
    record File(Member property, String path) implements Definition {}

    /** Something the linter cannot evaluate. */
    record Opaque() implements Definition {}

    /**
     * {@code DefinitionString} built by {@code Fn::Join} into more text than any file the linter
     * reads: a few kilobytes of template can join into gigabytes.
     */
    record TooLarge(Node property, long characters) implements Definition {}
  }

  /** One state machine resource. */
  public record Resource(TemplateResource resource, Definition definition,
      Optional<WorkflowTypeSetting> workflowType, TemplateContext context) {}

  public static List<Resource> find(CloudFormationTemplate template) {
    List<Resource> found = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>(template.parameterNames());
    names.addAll(template.resourceNames());
    Map<String, TemplateResource> byId = new HashMap<>();
    for (TemplateResource resource : template.resources()) {
      byId.put(resource.logicalId(), resource);
    }
    for (TemplateResource resource : template.resourcesOfType(Set.of(STEP_FUNCTIONS, SERVERLESS))) {
      found.add(resource(resource, names, byId));
    }
    return found;
  }

  private static Resource resource(TemplateResource resource, Set<String> templateNames,
      Map<String, TemplateResource> templateResources) {
    boolean sam = resource.type().equals(SERVERLESS);
    Optional<ObjectNode> substitutions = resource.propertyValue("DefinitionSubstitutions")
        .filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast);
    Optional<WorkflowTypeSetting> workflowType = resource.property(sam ? "Type" : "StateMachineType")
        .flatMap(member -> member.value().asString().flatMap(WorkflowType::parse)
            .map(type -> new WorkflowTypeSetting(type, member.name() + " of " + resource.logicalId()
                + " in " + member.key().source().displayPath() + ":"
                + member.key().range().start().line())));

    Definition definition = new Definition.Opaque();
    TemplateContext.Form form = TemplateContext.Form.OBJECT;
    Set<String> resolvedByFnSub = Set.of();
    Optional<Member> tree = resource.property("Definition");
    Optional<Member> string = resource.property("DefinitionString");
    Optional<Member> file = resource.property(sam ? "DefinitionUri" : "DefinitionS3Location");
    if (tree.isPresent()) {
      if (Intrinsic.of(tree.get().value()).isEmpty() && tree.get().value().isObject()) {
        definition = new Definition.Tree(tree.get().value());
      }
    } else if (string.isPresent()) {
      Node value = string.get().value();
      Optional<Intrinsic> intrinsic = Intrinsic.of(value);
      if (intrinsic.isEmpty() && value.isString()) {
        definition = new Definition.Text(value, EmbeddedText.of((ScalarNode) value));
        form = TemplateContext.Form.STRING;
      } else if (intrinsic.isPresent() && intrinsic.get().is("Fn::Sub")) {
        Set<String> names = new LinkedHashSet<>(templateNames);
        Optional<EmbeddedText> text = subText(intrinsic.get().argument(), names);
        if (text.isPresent()) {
          definition = new Definition.Text(value, text.get());
          form = TemplateContext.Form.SUB;
          resolvedByFnSub = Set.copyOf(names);
        }
      } else if (intrinsic.isPresent() && intrinsic.get().is("Fn::Join")) {
        Set<String> names = new LinkedHashSet<>(templateNames);
        long joined = joinedLength(intrinsic.get());
        Optional<EmbeddedText> text = joined > MAX_JOINED_CHARACTERS ? Optional.empty()
            : joinText(intrinsic.get(), names);
        if (joined > MAX_JOINED_CHARACTERS) {
          definition = new Definition.TooLarge(value, joined);
        } else if (text.isPresent()) {
          definition = new Definition.Text(value, text.get());
          form = TemplateContext.Form.JOIN;
          resolvedByFnSub = Set.copyOf(names);
        }
      }
    } else if (file.isPresent() && file.get().value().isString()) {
      String path = file.get().value().asString().orElseThrow();
      if (!path.contains("://")) {
        definition = new Definition.File(file.get(), path);
        form = TemplateContext.Form.FILE;
      }
    }
    return new Resource(resource, definition, workflowType,
        new TemplateContext(resource, form, substitutions, resolvedByFnSub, templateResources));
  }

  /** The most text a joined definition may have: the default file size limit. */
  public static final long MAX_JOINED_CHARACTERS = 10L * 1024 * 1024;

  /** How long {@code Fn::Join}'s text would be, computed before anything is joined. */
  private static long joinedLength(Intrinsic join) {
    if (!(join.argument() instanceof ArrayNode arguments) || arguments.size() != 2
        || !(arguments.elements().get(1) instanceof ArrayNode pieces)) {
      return 0;
    }
    long delimiter = arguments.elements().get(0).asString().map(String::length).orElse(0);
    long total = delimiter * Math.max(0, pieces.size() - 1);
    for (Node piece : pieces.elements()) {
      total += piece.asString().map(String::length).orElse(16);
    }
    return total;
  }

  /** The text of {@code Fn::Sub}'s string, adding its variables to {@code names}. */
  private static Optional<EmbeddedText> subText(Node argument, Set<String> names) {
    // In the short form the argument is the tagged node itself: !Sub 'text' or !Sub [text, vars].
    if (argument instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.STRING) {
      return Optional.of(EmbeddedText.of(scalar));
    }
    if (argument instanceof ArrayNode list && list.size() == 2 && list.elements().get(0).isString()) {
      if (list.elements().get(1) instanceof ObjectNode variables) {
        variables.members().forEach(m -> names.add(m.name()));
      }
      return Optional.of(EmbeddedText.of((ScalarNode) list.elements().get(0)));
    }
    return Optional.empty();
  }

  /**
   * {@code Fn::Join [delimiter, [pieces]]}: literal pieces keep their places; a piece the
   * linter cannot evaluate becomes {@code ${Fn::GetAtt}}-like text, which parses as an opaque
   * value and which no placeholder rule reports.
   */
  private static Optional<EmbeddedText> joinText(Intrinsic join, Set<String> names) {
    if (!(join.argument() instanceof ArrayNode arguments) || arguments.size() != 2
        || !arguments.elements().get(0).isString()
        || !(arguments.elements().get(1) instanceof ArrayNode pieces)) {
      return Optional.empty();
    }
    ScalarNode delimiter = (ScalarNode) arguments.elements().get(0);
    EmbeddedText delimiterText = EmbeddedText.of(delimiter);
    List<EmbeddedText> parts = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      if (i > 0 && !delimiter.text().isEmpty()) {
        parts.add(delimiterText);
      }
      Node piece = pieces.elements().get(i);
      Optional<Intrinsic> intrinsic = Intrinsic.of(piece);
      if (intrinsic.isEmpty() && piece.isString()) {
        parts.add(EmbeddedText.of((ScalarNode) piece));
      } else if (intrinsic.isPresent() && intrinsic.get().is("Fn::Sub")) {
        Optional<EmbeddedText> text = subText(intrinsic.get().argument(), names);
        if (text.isEmpty()) {
          return Optional.empty();
        }
        parts.add(text.get());
      } else {
        String function = intrinsic.map(Intrinsic::function).orElse("Value");
        String stand = "${" + (function.contains("::") ? function : "Fn::" + function) + "}";
        parts.add(EmbeddedText.opaque(piece.source(), stand,
            piece.source().lines().lineStart(piece.range().start().line())
                + piece.range().start().column() - 1));
      }
    }
    return Optional.of(EmbeddedText.concat(join.node().source(), parts));
  }
}
