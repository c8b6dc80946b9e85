package dev.sfnappsynclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.lint.Linter;
import dev.sfnappsynclint.rule.RegisteredRule;
import dev.sfnappsynclint.rule.Rule;
import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.rule.RuleMetadataCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The metadata catalog the annotation processor compiles for this module says what the
 * annotations say, for every rule, and the registry uses it.
 */
class CompiledRuleMetadataTest {

  private static Map<String, RuleMetadata> catalogued() {
    Map<String, RuleMetadata> all = new HashMap<>();
    for (RuleMetadataCatalog catalog : ServiceLoader.load(RuleMetadataCatalog.class)) {
      all.putAll(catalog.byRuleClass());
    }
    return all;
  }

  @Test
  void everyRuleHasTheMetadataItsAnnotationDeclares() {
    Map<String, RuleMetadata> catalogued = catalogued();
    List<String> rules = new ArrayList<>();
    for (Rule rule : ServiceLoader.load(Rule.class)) {
      rules.add(rule.getClass().getName());
      assertThat(catalogued.get(rule.getClass().getName()))
          .as(rule.getClass().getName())
          .isEqualTo(RuleMetadata.of(rule.getClass()));
    }
    assertThat(rules).hasSizeGreaterThan(100);
    assertThat(catalogued.keySet()).containsExactlyInAnyOrderElementsOf(rules);
  }

  @Test
  void theRegistryTakesMetadataFromTheCatalog() {
    Map<String, RuleMetadata> catalogued = catalogued();
    int fromTheCatalog = 0;
    for (RegisteredRule rule : Linter.defaultRegistry().rules()) {
      RuleMetadata compiled = catalogued.get(rule.rule().getClass().getName());
      if (compiled != null) {
        assertThat(rule.metadata()).isSameAs(compiled);
        fromTheCatalog++;
      }
    }
    assertThat(fromTheCatalog).isEqualTo(catalogued.size()).isGreaterThan(100);
  }
}
