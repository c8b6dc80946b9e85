package dev.sfnappsynclint.rules.controltower;

import dev.sfnappsynclint.appsync.AppSyncApi;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.tree.Member;
import java.util.Optional;

/** What CT.APPSYNC.PR.4 and PR.5 share: a cache property that must be {@code true}. */
final class CacheEncryption {

  private CacheEncryption() {}

  static void check(AppSyncApi api, AppSyncApi.Cache cache, Optional<Member> property,
      String name, String control, Findings findings) {
    if (property.isEmpty()) {
      findings.report(cache.at(), "Cache %s of %s does not set %s: %s requires %s true.",
          cache.name(), api.describe(), name, control, name);
    } else if (AppSyncApi.booleanValue(property.get().value()).filter(on -> !on).isPresent()) {
      findings.report(property.get().key(), "Cache %s of %s sets %s false: %s requires true.",
          cache.name(), api.describe(), name, control);
    }
  }
}
