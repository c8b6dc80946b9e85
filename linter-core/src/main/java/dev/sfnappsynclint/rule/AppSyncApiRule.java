package dev.sfnappsynclint.rule;

import dev.sfnappsynclint.appsync.AppSyncApi;

/** A rule about one AppSync API's configuration in a template (not its schema). */
public interface AppSyncApiRule extends DocumentRule<AppSyncApi> {

  @Override
  default Class<AppSyncApi> documentType() {
    return AppSyncApi.class;
  }

  @Override
  void check(AppSyncApi api, Findings findings);
}
