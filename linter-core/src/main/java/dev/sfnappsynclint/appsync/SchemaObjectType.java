package dev.sfnappsynclint.appsync;

import graphql.language.Directive;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An object type of the schema with its extensions ({@code extend type Query}, as multi-file
 * schemas write them): its fields and directives are those of all of them.
 */
public record SchemaObjectType(String name, ObjectTypeDefinition definition,
    List<ObjectTypeExtensionDefinition> extensions) {

  public SchemaObjectType {
    extensions = List.copyOf(extensions);
  }

  /** Every field: the definition's, then each extension's. */
  public List<FieldDefinition> fields() {
    List<FieldDefinition> fields = new ArrayList<>(definition.getFieldDefinitions());
    extensions.forEach(e -> fields.addAll(e.getFieldDefinitions()));
    return fields;
  }

  public Optional<FieldDefinition> field(String fieldName) {
    return fields().stream().filter(f -> f.getName().equals(fieldName)).findFirst();
  }

  /** Every directive on the type: the definition's, then each extension's. */
  public List<Directive> directives() {
    List<Directive> directives = new ArrayList<>(definition.getDirectives());
    extensions.forEach(e -> directives.addAll(e.getDirectives()));
    return directives;
  }

  /** The schema coordinate of a field: {@code Post.author}. */
  public String coordinate(FieldDefinition field) {
    return name + "." + field.getName();
  }

  /** The named type a type reference ends in: {@code Post} for {@code [Post!]!}. */
  public static String namedType(Type<?> type) {
    Type<?> current = type;
    while (!(current instanceof TypeName)) {
      if (current instanceof graphql.language.ListType list) {
        current = list.getType();
      } else if (current instanceof graphql.language.NonNullType nonNull) {
        current = nonNull.getType();
      } else {
        return "";
      }
    }
    return ((TypeName) current).getName();
  }
}
