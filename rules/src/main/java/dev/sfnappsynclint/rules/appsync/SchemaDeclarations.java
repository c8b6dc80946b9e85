package dev.sfnappsynclint.rules.appsync;

import dev.sfnappsynclint.appsync.AppSyncSchema;
import dev.sfnappsynclint.appsync.SchemaProfile;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the schema's own files declare (not the AppSync or Amplify prelude): its types, its
 * {@code extend} definitions, and the fields of its object types and interfaces. The hygiene
 * rules walk these.
 */
final class SchemaDeclarations {

  /** A field with the type or extension that declares it. */
  record DeclaredField(String owner, FieldDefinition field) {
    String coordinate() {
      return owner + "." + field.getName();
    }
  }

  private SchemaDeclarations() {}

  /**
   * The type definitions the schema declares, extensions left out; in an Amplify schema without
   * {@code input AMPLIFY}, whose name and shape Amplify prescribes.
   */
  static List<TypeDefinition<?>> types(AppSyncSchema schema) {
    List<TypeDefinition<?>> types = new ArrayList<>();
    for (TypeDefinition<?> type : schema.registry().types().values()) {
      if (schema.declaredBySchema(type) && !isAmplifyInput(schema, type)) {
        types.add(type);
      }
    }
    return types;
  }

  /** Every {@code extend type|interface|input|enum|union|scalar} the schema declares. */
  static List<TypeDefinition<?>> extensions(AppSyncSchema schema) {
    TypeDefinitionRegistry registry = schema.registry();
    List<TypeDefinition<?>> extensions = new ArrayList<>();
    for (Map<String, ? extends List<? extends TypeDefinition<?>>> kind : List.<Map<String,
        ? extends List<? extends TypeDefinition<?>>>>of(registry.objectTypeExtensions(),
        registry.interfaceTypeExtensions(), registry.inputObjectTypeExtensions(),
        registry.enumTypeExtensions(), registry.unionTypeExtensions(),
        registry.scalarTypeExtensions())) {
      kind.values().forEach(list -> list.stream().filter(schema::declaredBySchema)
          .forEach(extensions::add));
    }
    return extensions;
  }

  /** The fields of the schema's object types and interfaces, extensions' included. */
  static List<DeclaredField> fields(AppSyncSchema schema) {
    List<DeclaredField> fields = new ArrayList<>();
    List<TypeDefinition<?>> all = new ArrayList<>(types(schema));
    all.addAll(extensions(schema));
    for (TypeDefinition<?> type : all) {
      if (type instanceof ImplementingTypeDefinition<?> implementing) {
        for (FieldDefinition field : implementing.getFieldDefinitions()) {
          fields.add(new DeclaredField(type.getName(), field));
        }
      }
    }
    return fields;
  }

  private static boolean isAmplifyInput(AppSyncSchema schema, TypeDefinition<?> type) {
    return schema.profile() == SchemaProfile.AMPLIFY && type.getName().equals("AMPLIFY");
  }
}
