package dev.sfnappsynclint.rule;

import java.util.List;
import java.util.regex.Pattern;

/** What a rule is, as read from its {@link LintRule} annotation. */
public record RuleMetadata(String id, String name, Severity severity, String summary,
    String description, List<String> tags, Precision precision, List<String> awsDocs,
    String help, boolean canBeDisabled, boolean enabledByDefault, List<String> presets,
    List<RuleOptionSpec> options) {

  private static final Pattern ID = Pattern.compile("(ASL|GQL)\\d{3}");
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");

  public RuleMetadata {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("Rule id must be ASL### or GQL###: " + id);
    }
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Rule name must be PascalCase: " + name);
    }
    tags = List.copyOf(tags);
    awsDocs = List.copyOf(awsDocs);
    presets = List.copyOf(presets);
    options = List.copyOf(options);
  }

  /**
   * The metadata a rule class's {@link LintRule} annotation declares, read reflectively
   * ({@link RuleRegistry#load} takes it from a {@link RuleMetadataCatalog} when there is one).
   */
  public static RuleMetadata of(Class<?> ruleClass) {
    LintRule annotation = ruleClass.getAnnotation(LintRule.class);
    if (annotation == null) {
      throw new IllegalArgumentException(ruleClass.getName() + " has no @LintRule annotation");
    }
    return declared(annotation.id(), annotation.name(), annotation.severity(),
        annotation.summary(), annotation.description(), annotation.tags(),
        annotation.precision(), annotation.awsDocs(), annotation.help(),
        annotation.canBeDisabled(), annotation.enabledByDefault(), annotation.presets(),
        java.util.Arrays.stream(annotation.options()).map(RuleOptionSpec::of)
            .toArray(RuleOptionSpec[]::new));
  }

  /**
   * The metadata a {@link LintRule} annotation with these values (defaults filled in) declares.
   * Public for {@link RuleMetadataCatalog}s, which call it with the values they were compiled
   * from.
   */
  public static RuleMetadata declared(String id, String name, Severity severity, String summary,
      String description, String[] tags, Precision precision, String[] awsDocs, String help,
      boolean canBeDisabled, boolean enabledByDefault, String[] presets,
      RuleOptionSpec... options) {
    return new RuleMetadata(id, name, severity, summary, description, List.of(tags), precision,
        List.of(awsDocs), help.strip(), canBeDisabled, enabledByDefault, List.of(presets),
        List.of(options));
  }

  public java.util.Optional<RuleOptionSpec> option(String name) {
    return options.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  /** True when {@code idOrName} is this rule's id or name (case-insensitive). */
  public boolean matches(String idOrName) {
    return id.equalsIgnoreCase(idOrName) || name.equalsIgnoreCase(idOrName);
  }
}
