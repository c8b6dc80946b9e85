package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.SchemaObjectType;
import graphql.language.Directive;
import graphql.language.FieldDefinition;
import java.util.List;

/** Where auth directives stand: every object type and every field of it, with its coordinate. */
final class DirectiveSites {

  /** One type or field: its directives and its schema coordinate. */
  interface Visitor {
    void visit(List<Directive> directives, String coordinate);
  }

  private DirectiveSites() {}

  static void forEach(AppSyncSchema schema, Visitor visitor) {
    for (SchemaObjectType type : schema.objectTypes()) {
      visitor.visit(type.directives(), type.name());
      for (FieldDefinition field : type.fields()) {
        visitor.visit(field.getDirectives(), type.coordinate(field));
      }
    }
  }
}
