package dev.sfnappsynclint.rule;

import java.util.Map;

/**
 * The metadata of a module's rules, compiled from their {@link LintRule} annotations by
 * {@link RuleRegistrationProcessor} and found by ServiceLoader. Reading about 120 annotations
 * reflectively took about 30 ms of a 0.55 s run on one small file; a catalog is plain
 * constructor calls. Each entry equals {@link RuleMetadata#of} of its class (a test in the rules
 * module checks it); a rule without an entry is read from its annotation.
 */
public interface RuleMetadataCatalog {

  /** Metadata by the rule's binary class name. */
  Map<String, RuleMetadata> byRuleClass();
}
