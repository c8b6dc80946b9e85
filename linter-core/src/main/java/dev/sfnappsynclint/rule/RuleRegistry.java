package dev.sfnappsynclint.rule;

import dev.sfnappsynclint.document.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every rule available to this process: the engine's own plus those found by ServiceLoader,
 * grouped by the kind of document they check.
 */
public final class RuleRegistry {

  private final List<RegisteredRule> rules;
  private final Map<Class<?>, List<RegisteredRule>> byDocumentType = new ConcurrentHashMap<>();

  public RuleRegistry(List<RegisteredRule> rules) {
    List<RegisteredRule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing(r -> r.metadata().id()));
    Map<String, String> seen = new HashMap<>();
    for (RegisteredRule rule : sorted) {
      for (String key : List.of(rule.metadata().id(), rule.metadata().name())) {
        String previous = seen.put(key.toLowerCase(Locale.ROOT), rule.rule().getClass().getName());
        if (previous != null) {
          throw new IllegalStateException("Rule id or name " + key + " is used by both "
              + previous + " and " + rule.rule().getClass().getName());
        }
      }
    }
    this.rules = List.copyOf(sorted);
  }

  /**
   * The given built-in rules and every rule on the class path, with their metadata from the
   * {@link RuleMetadataCatalog}s on the class path or else from their annotations.
   */
  public static RuleRegistry load(ClassLoader classLoader, List<Rule> builtIn) {
    Map<String, RuleMetadata> catalogued = catalogued(classLoader);
    List<RegisteredRule> found = new ArrayList<>();
    for (Rule rule : builtIn) {
      found.add(registered(rule, catalogued));
    }
    for (Rule rule : ServiceLoader.load(Rule.class, classLoader)) {
      found.add(registered(rule, catalogued));
    }
    return new RuleRegistry(found);
  }

  /**
   * The catalogs' metadata. A catalog that cannot be loaded (a rule jar compiled against another
   * version of this engine, say) is skipped: its rules' annotations are read instead.
   */
  private static Map<String, RuleMetadata> catalogued(ClassLoader classLoader) {
    Map<String, RuleMetadata> catalogued = new HashMap<>();
    Iterator<RuleMetadataCatalog> catalogs =
        ServiceLoader.load(RuleMetadataCatalog.class, classLoader).iterator();
    for (int failures = 0; failures < 100; ) {
      try {
        if (!catalogs.hasNext()) {
          break;
        }
        catalogued.putAll(catalogs.next().byRuleClass());
      } catch (ServiceConfigurationError | LinkageError e) {
        failures++; // next catalog; the rules of this one fall back to their annotations
      }
    }
    return catalogued;
  }

  private static RegisteredRule registered(Rule rule, Map<String, RuleMetadata> catalogued) {
    RuleMetadata metadata = catalogued.get(rule.getClass().getName());
    return new RegisteredRule(metadata != null ? metadata : RuleMetadata.of(rule.getClass()),
        rule);
  }

  /** Sorted by id. */
  public List<RegisteredRule> rules() {
    return rules;
  }

  /** Every rule's metadata, sorted by id (the SARIF rule table, the docs). */
  public List<RuleMetadata> metadata() {
    return rules.stream().map(RegisteredRule::metadata).toList();
  }

  public Optional<RegisteredRule> find(String idOrName) {
    return rules.stream().filter(r -> r.metadata().matches(idOrName)).findFirst();
  }

  /** The rules that check documents of this class (or a supertype of it), sorted by id. */
  public List<RegisteredRule> rulesFor(Class<? extends Document> documentType) {
    return byDocumentType.computeIfAbsent(documentType, type -> rules.stream()
        .filter(r -> r.rule() instanceof DocumentRule<?> rule
            && rule.documentType().isAssignableFrom(type))
        .toList());
  }
}
