package dev.sfnappsynclint.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** Every rule available to this process: the engine's own plus those found by ServiceLoader. */
public final class RuleRegistry {

  private final List<RegisteredRule> rules;

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

  /** The engine's built-in rules and every rule on the class path. */
  public static RuleRegistry load(ClassLoader classLoader, List<Rule> builtIn) {
    List<RegisteredRule> found = new ArrayList<>();
    for (Rule rule : builtIn) {
      found.add(new RegisteredRule(RuleMetadata.of(rule.getClass()), rule));
    }
    for (Rule rule : ServiceLoader.load(Rule.class, classLoader)) {
      found.add(new RegisteredRule(RuleMetadata.of(rule.getClass()), rule));
    }
    return new RuleRegistry(found);
  }

  /** Sorted by id. */
  public List<RegisteredRule> rules() {
    return rules;
  }

  public Optional<RegisteredRule> find(String idOrName) {
    return rules.stream().filter(r -> r.metadata().matches(idOrName)).findFirst();
  }
}
