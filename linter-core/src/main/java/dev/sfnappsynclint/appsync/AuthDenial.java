package dev.sfnappsynclint.appsync;

import graphql.language.FieldDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * A field that a caller with some auth mode can reach, returning a type whose fields deny that
 * mode: all of them ({@link #total}: every selection fails with {@code Unauthorized}), or some.
 *
 * @param owner the type that has the field
 * @param path the fields from a root type to this one, as schema coordinates
 * @param targets the object types the field returns (several for an interface or a union)
 * @param deniedFields per target, the fields that deny the mode
 */
public record AuthDenial(SchemaObjectType owner, FieldDefinition field, AuthMode mode,
    List<String> path, List<SchemaObjectType> targets, List<List<FieldDefinition>> deniedFields,
    boolean total) {

  public AuthDenial {
    path = List.copyOf(path);
    targets = List.copyOf(targets);
    deniedFields = List.copyOf(deniedFields);
  }

  /** {@code Query.listPosts → Post.author → User}. */
  public String describePath() {
    List<String> steps = new ArrayList<>(path);
    steps.add(String.join(" | ", targets.stream().map(SchemaObjectType::name).toList()));
    return String.join(" → ", steps);
  }
}
