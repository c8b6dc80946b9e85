package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AmplifyAuthRule;
import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.SchemaProfile;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectValue;
import java.util.Optional;

/**
 * The global authorization rule of an Amplify schema: the default value of
 * {@code input AMPLIFY { globalAuthRule: AuthRule = {...} }}, applied to every model without
 * {@code @auth}.
 */
record GlobalAuthRule(InputValueDefinition field, AmplifyAuthRule rule) {

  static Optional<GlobalAuthRule> of(AppSyncSchema schema) {
    if (schema.profile() != SchemaProfile.AMPLIFY) {
      return Optional.empty();
    }
    return schema.registry().getType("AMPLIFY", InputObjectTypeDefinition.class)
        .filter(schema::declaredBySchema)
        .flatMap(input -> input.getInputValueDefinitions().stream()
            .filter(f -> f.getName().equals("globalAuthRule")
                && f.getDefaultValue() instanceof ObjectValue)
            .findFirst())
        .map(f -> new GlobalAuthRule(f,
            AmplifyAuthRule.of((ObjectValue) f.getDefaultValue(), null)));
  }
}
