package dev.sfnappsynclint.rule;

import dev.sfnappsynclint.appsync.AppSyncSchema;

/** A rule about one AppSync GraphQL schema (and its API's auth configuration, when known). */
public interface AppSyncRule extends DocumentRule<AppSyncSchema> {

  @Override
  default Class<AppSyncSchema> documentType() {
    return AppSyncSchema.class;
  }

  @Override
  void check(AppSyncSchema schema, Findings findings);
}
