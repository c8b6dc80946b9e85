package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.SchemaObjectType;
import dev.sfnappsynclint.appsync.SchemaProfile;
import java.util.List;

/** The {@code @model} types of an Amplify source schema: what its {@code @auth} rules guard. */
final class AmplifyModels {

  private AmplifyModels() {}

  /** The schema's {@code @model} types; none unless the schema is an Amplify one. */
  static List<SchemaObjectType> of(AppSyncSchema schema) {
    if (schema.profile() != SchemaProfile.AMPLIFY) {
      return List.of();
    }
    return schema.objectTypes().stream().filter(AmplifyModels::isModel).toList();
  }

  static boolean isModel(SchemaObjectType type) {
    return type.directives().stream().anyMatch(d -> d.getName().equals("model"));
  }

  static boolean hasAuth(SchemaObjectType type) {
    return type.directives().stream().anyMatch(d -> d.getName().equals("auth"));
  }
}
