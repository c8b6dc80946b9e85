package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The fields particular to a Map state:
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-map.html and, for a Distributed
 * Map, https://docs.aws.amazon.com/step-functions/latest/dg/state-map-distributed.html
 *
 * <p>In a JSONata state, {@code MaxConcurrency} and the tolerated-failure fields may be
 * {@code {% ... %}} expressions; the {@code *Path} forms belong to JSONPath.
 *
 * @param processor {@code ItemProcessor}, else the legacy {@code Iterator}
 * @param processorConfig {@code ItemProcessor.ProcessorConfig}
 * @param mode {@code ItemProcessor.ProcessorConfig.Mode}
 * @param executionType {@code ItemProcessor.ProcessorConfig.ExecutionType}: how a Distributed
 *     Map runs its child workflows
 * @param itemSelector {@code ItemSelector}, else the legacy {@code Parameters}
 * @param items JSONata: the array to iterate over (any value, or an expression)
 */
public record MapFields(Optional<Member> processor, Optional<Node> processorConfig,
    Optional<FieldValue<ProcessorMode>> mode, Optional<FieldValue<WorkflowType>> executionType,
    Optional<Node> itemReader, Optional<Node> resultWriter, Optional<Node> itemBatcher,
    Optional<Member> itemSelector, Optional<FieldValue<String>> itemsPath, Optional<Node> items,
    Optional<FieldValue<Long>> maxConcurrency, Optional<FieldValue<String>> maxConcurrencyPath,
    Optional<FieldValue<BigDecimal>> toleratedFailurePercentage,
    Optional<FieldValue<String>> toleratedFailurePercentagePath,
    Optional<FieldValue<Long>> toleratedFailureCount,
    Optional<FieldValue<String>> toleratedFailureCountPath,
    Optional<FieldValue<String>> label) {

  /** The processor is written as the legacy {@code Iterator}, which always runs inline. */
  public boolean usesIterator() {
    return processor.filter(p -> p.name().equals("Iterator")).isPresent();
  }

  /**
   * INLINE when {@code Mode} is absent (the default) or INLINE; DISTRIBUTED when it says so;
   * empty when a placeholder hides it or it is malformed.
   */
  public Optional<ProcessorMode> effectiveMode() {
    if (mode.isEmpty()) {
      return Optional.of(ProcessorMode.INLINE);
    }
    return mode.get().value();
  }

  public boolean isDistributed() {
    return effectiveMode().filter(m -> m == ProcessorMode.DISTRIBUTED).isPresent();
  }

  public boolean isInline() {
    return effectiveMode().filter(m -> m == ProcessorMode.INLINE).isPresent();
  }

  static MapFields of(ObjectNode node, QueryLanguage language) {
    boolean jsonata = language == QueryLanguage.JSONATA;
    Optional<Member> processor = node.member("ItemProcessor").or(() -> node.member("Iterator"));
    // Iterator predates ProcessorConfig: it has no mode and runs inline.
    Optional<Node> config = processor.filter(p -> p.name().equals("ItemProcessor"))
        .map(Member::value).filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast)
        .flatMap(p -> p.get("ProcessorConfig"));
    Optional<ObjectNode> configObject = config.filter(ObjectNode.class::isInstance)
        .map(ObjectNode.class::cast);
    return new MapFields(processor, config,
        configObject.flatMap(c -> c.get("Mode"))
            .map(n -> FieldValue.enumerated(n, ProcessorMode::fromAslName)),
        configObject.flatMap(c -> c.get("ExecutionType"))
            .map(n -> FieldValue.enumerated(n, MapFields::executionType)),
        node.get("ItemReader"), node.get("ResultWriter"), node.get("ItemBatcher"),
        node.member("ItemSelector").or(() -> node.member("Parameters")),
        node.get("ItemsPath").map(FieldValue::string),
        node.get("Items"),
        node.get("MaxConcurrency").map(n -> FieldValue.integer(n, jsonata)),
        node.get("MaxConcurrencyPath").map(FieldValue::string),
        node.get("ToleratedFailurePercentage").map(n -> FieldValue.number(n, jsonata)),
        node.get("ToleratedFailurePercentagePath").map(FieldValue::string),
        node.get("ToleratedFailureCount").map(n -> FieldValue.integer(n, jsonata)),
        node.get("ToleratedFailureCountPath").map(FieldValue::string),
        node.get("Label").map(FieldValue::string));
  }

  /** Exactly {@code STANDARD} or {@code EXPRESS}, as the Map state accepts it. */
  private static Optional<WorkflowType> executionType(String text) {
    return Arrays.stream(WorkflowType.values()).filter(t -> t.name().equals(text)).findFirst();
  }
}
