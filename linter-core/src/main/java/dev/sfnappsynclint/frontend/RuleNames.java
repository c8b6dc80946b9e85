package dev.sfnappsynclint.frontend;

import dev.sfnappsynclint.rule.RuleRegistry;

/** Rules as users name them in options: by id or by name, in any case. */
public final class RuleNames {

  private RuleNames() {}

  /** The id of the rule a user named, or a usage error that says where the name was given. */
  public static String id(RuleRegistry registry, String idOrName, String option)
      throws UsageException {
    return registry.find(idOrName.strip()).map(r -> r.metadata().id()).orElseThrow(() ->
        new UsageException(option + " " + idOrName
            + ": no such rule (see 'sfn-appsync-lint rules')"));
  }
}
