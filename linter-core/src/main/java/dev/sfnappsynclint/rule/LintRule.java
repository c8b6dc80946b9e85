package dev.sfnappsynclint.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, written on the rule class. The annotation also registers the class for
 * {@link java.util.ServiceLoader} (see {@link RuleRegistrationProcessor}), and the rule listing,
 * the generated docs and the SARIF rule table are all made from it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LintRule {

  /** Stable code: {@code ASL} or {@code GQL} and three digits. Never reused. */
  String id();

  /** PascalCase friendly name; configuration accepts it as well as the id. */
  String name();

  Severity severity();

  /** One sentence: what the rule finds. */
  String summary();

  /** A short paragraph: why it matters. */
  String description() default "";

  String[] tags() default {};

  Precision precision() default Precision.HIGH;

  /** AWS documentation pages the rule rests on. */
  String[] awsDocs() default {};

  /** Long help in Markdown: what, why, an example, the fix. */
  String help() default "";

  /**
   * False for the few findings that must never be switched off, such as a file that does not
   * parse (nothing else could be checked in it); their severity can still be changed.
   */
  boolean canBeDisabled() default true;

  /**
   * False for policy rules that teams switch on when they want them (every Task has a
   * timeout); configuration, {@code --enable} or a preset turns them on.
   */
  boolean enabledByDefault() default true;

  /**
   * Named sets of rules that configuration switches on together ({@code presets:
   * [aws-control-tower]}), such as the checks of a compliance standard.
   */
  String[] presets() default {};

  /** Settings the rule reads, given in configuration: {@code rules: {ID: {options: {...}}}}. */
  Option[] options() default {};

  /** One setting of a rule. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({})
  @interface Option {
    String name();

    RuleOptionSpec.Type type();

    String description();

    /** The value when configuration gives none, written as in YAML; empty for none. */
    String defaultValue() default "";
  }
}
