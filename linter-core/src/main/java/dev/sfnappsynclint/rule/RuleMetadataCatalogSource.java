package dev.sfnappsynclint.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * The Java source of a {@link RuleMetadataCatalog}, written by {@link RuleRegistrationProcessor}:
 * for each rule class, a call of {@link RuleMetadata#declared} with its annotation's values
 * (defaults filled in), which is what {@link RuleMetadata#of} computes from the annotation.
 */
final class RuleMetadataCatalogSource {

  static final String SIMPLE_NAME = "CompiledRuleMetadata";

  /** Expression per binary class name, sorted: the same sources give the same file. */
  private final Map<String, String> expressions = new TreeMap<>();

  /**
   * Adds a rule's entry: the metadata its annotation declares, built here as the rules' loading
   * would build it, written back as the call that builds it again.
   *
   * @throws IllegalArgumentException when the annotation's values are no rule's metadata (an
   *     id or name of the wrong form, an option default of the wrong type): what
   *     {@link RuleMetadata#declared} would throw when the rules load, said at compile time
   */
  void add(String binaryName, AnnotationMirror lintRule, Elements elements) {
    Map<String, AnnotationValue> values = values(lintRule, elements);
    List<RuleOptionSpec> options = new ArrayList<>();
    List<String> defaults = new ArrayList<>(); // as written: the spec holds the parsed value
    for (AnnotationValue option : list(values.get("options"))) {
      Map<String, AnnotationValue> o = values((AnnotationMirror) option.getValue(), elements);
      defaults.add(text(o.get("defaultValue")));
      options.add(RuleOptionSpec.declared(text(o.get("name")),
          RuleOptionSpec.Type.valueOf(constantName(o.get("type"))), text(o.get("description")),
          text(o.get("defaultValue"))));
    }
    RuleMetadata rule = RuleMetadata.declared(text(values.get("id")), text(values.get("name")),
        Severity.valueOf(constantName(values.get("severity"))), text(values.get("summary")),
        text(values.get("description")), texts(values.get("tags")),
        Precision.valueOf(constantName(values.get("precision"))), texts(values.get("awsDocs")),
        text(values.get("help")), (Boolean) values.get("canBeDisabled").getValue(),
        (Boolean) values.get("enabledByDefault").getValue(), texts(values.get("presets")),
        options.toArray(RuleOptionSpec[]::new));

    StringBuilder call = new StringBuilder("dev.sfnappsynclint.rule.RuleMetadata.declared(")
        .append(quote(rule.id())).append(", ").append(quote(rule.name()))
        .append(", dev.sfnappsynclint.rule.Severity.").append(rule.severity().name())
        .append(",\n        ").append(quote(rule.summary()))
        .append(",\n        ").append(quote(rule.description()))
        .append(",\n        ").append(strings(rule.tags()))
        .append(", dev.sfnappsynclint.rule.Precision.").append(rule.precision().name())
        .append(",\n        ").append(strings(rule.awsDocs()))
        .append(",\n        ").append(quote(rule.help())) // stripped; stripping again keeps it
        .append(",\n        ").append(rule.canBeDisabled()).append(", ")
        .append(rule.enabledByDefault()).append(", ").append(strings(rule.presets()));
    for (int i = 0; i < rule.options().size(); i++) {
      RuleOptionSpec option = rule.options().get(i);
      call.append(",\n        dev.sfnappsynclint.rule.RuleOptionSpec.declared(")
          .append(quote(option.name()))
          .append(", dev.sfnappsynclint.rule.RuleOptionSpec.Type.").append(option.type().name())
          .append(", ").append(quote(option.description())).append(", ")
          .append(quote(defaults.get(i))).append(")");
    }
    expressions.put(binaryName, call.append(")").toString());
  }

  private static String text(AnnotationValue value) {
    return (String) value.getValue();
  }

  private static String[] texts(AnnotationValue value) {
    return list(value).stream().map(RuleMetadataCatalogSource::text).toArray(String[]::new);
  }

  private static String constantName(AnnotationValue value) {
    return ((VariableElement) value.getValue()).getSimpleName().toString();
  }

  boolean isEmpty() {
    return expressions.isEmpty();
  }

  /** The package the catalog goes in: the longest one that holds every rule class. */
  String packageName() {
    return commonPackage(expressions.keySet());
  }

  static String commonPackage(Collection<String> binaryNames) {
    String common = null;
    for (String name : binaryNames) {
      String pkg = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
      if (common == null) {
        common = pkg;
      }
      while (!(pkg.equals(common) || pkg.startsWith(common + ".") || common.isEmpty())) {
        common = common.contains(".") ? common.substring(0, common.lastIndexOf('.')) : "";
      }
    }
    return common == null ? "" : common;
  }

  String source() {
    String pkg = packageName();
    StringBuilder out = new StringBuilder();
    if (!pkg.isEmpty()) {
      out.append("package ").append(pkg).append(";\n\n");
    }
    out.append("/** Written by RuleRegistrationProcessor from the @LintRule annotations. */\n")
        .append("public final class ").append(SIMPLE_NAME)
        .append(" implements dev.sfnappsynclint.rule.RuleMetadataCatalog {\n\n")
        .append("  private static final java.util.Map<String, dev.sfnappsynclint.rule.RuleMetadata>"
            + "\n      BY_CLASS = byClass();\n\n")
        .append("  @Override\n")
        .append("  public java.util.Map<String, dev.sfnappsynclint.rule.RuleMetadata> "
            + "byRuleClass() {\n")
        .append("    return BY_CLASS;\n  }\n\n")
        .append("  private static java.util.Map<String, dev.sfnappsynclint.rule.RuleMetadata> "
            + "byClass() {\n")
        .append("    java.util.Map<String, dev.sfnappsynclint.rule.RuleMetadata> byClass =\n")
        .append("        new java.util.HashMap<>();\n");
    // One method per rule: a single method with all of them could pass the 64 KB method limit.
    int index = 0;
    for (String name : expressions.keySet()) {
      out.append("    byClass.put(").append(quote(name)).append(", rule").append(index++)
          .append("());\n");
    }
    out.append("    return java.util.Map.copyOf(byClass);\n  }\n");
    index = 0;
    for (String expression : expressions.values()) {
      out.append("\n  private static dev.sfnappsynclint.rule.RuleMetadata rule").append(index++)
          .append("() {\n    return ").append(expression).append(";\n  }\n");
    }
    return out.append("}\n").toString();
  }

  private static Map<String, AnnotationValue> values(AnnotationMirror mirror, Elements elements) {
    Map<String, AnnotationValue> values = new TreeMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : elements.getElementValuesWithDefaults(mirror).entrySet()) {
      values.put(entry.getKey().getSimpleName().toString(), entry.getValue());
    }
    return values;
  }

  @SuppressWarnings("unchecked")
  private static List<? extends AnnotationValue> list(AnnotationValue value) {
    return (List<? extends AnnotationValue>) value.getValue();
  }

  private static String strings(List<String> values) {
    StringBuilder out = new StringBuilder("new String[] {");
    String separator = "";
    for (String value : values) {
      out.append(separator).append(quote(value));
      separator = ", ";
    }
    return out.append("}").toString();
  }

  /**
   * A Java string literal with the same value. Characters outside printable ASCII are escaped as
   * octal (control characters) or Unicode escapes (the rest): never a Unicode escape for a
   * quote, backslash or line break, which javac would translate before reading the literal.
   */
  static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format(Locale.ROOT, "\\%03o", (int) c));
          } else if (c > 0x7f) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
