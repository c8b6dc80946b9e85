package dev.sfnappsynclint.appsync;

import java.util.List;
import java.util.Map;

/**
 * The object types of a schema and how fields lead from one to another: what the auth analysis
 * walks.
 *
 * @param objects the object types by name, in the order the schema declares them
 * @param possibleTypes for each interface and union, the object types a value of it can be
 * @param roots the root operation types that exist: query, mutation, subscription
 */
public record TypeGraph(Map<String, SchemaObjectType> objects,
    Map<String, List<String>> possibleTypes, List<String> roots) {

  /** The object types a field returning the named type can return. */
  public List<SchemaObjectType> concreteTypes(String named) {
    SchemaObjectType object = objects.get(named);
    if (object != null) {
      return List.of(object);
    }
    return possibleTypes.getOrDefault(named, List.of()).stream().map(objects::get)
        .filter(java.util.Objects::nonNull).toList();
  }
}
