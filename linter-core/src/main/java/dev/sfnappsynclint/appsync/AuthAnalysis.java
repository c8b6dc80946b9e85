package dev.sfnappsynclint.appsync;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the auth analysis found for one schema, computed once by {@link AuthModeResolver} and
 * shared by every auth rule.
 *
 * @param fields the auth of every field of every object type, by schema coordinate
 * @param followedModes the modes whose callers were followed from the root types: the API's
 *     modes when its configuration is known, else the modes the schema's directives name
 * @param reached for each followed mode, the object types a caller with it can reach, each with
 *     the step (type and field) that reaches it first; root types have none
 * @param denials fields a caller reaches that return types denying the caller's mode
 */
public record AuthAnalysis(Map<String, FieldAuth> fields, Set<AuthMode> followedModes,
    Map<AuthMode, Map<String, Step>> reached, List<AuthDenial> denials) {

  public AuthAnalysis {
    fields = Map.copyOf(fields);
    followedModes = Set.copyOf(followedModes);
    reached = Map.copyOf(reached);
    denials = List.copyOf(denials);
  }

  /** How a walk first reached a type: from a type, through one of its fields (null for a root). */
  public record Step(String from, String field) {}

  public Optional<FieldAuth> field(String coordinate) {
    return Optional.ofNullable(fields.get(coordinate));
  }

  /** The path by which a caller with the mode first reaches the type, when it does. */
  public Optional<List<String>> pathTo(String type, AuthMode mode) {
    Map<String, Step> steps = reached.getOrDefault(mode, Map.of());
    return steps.containsKey(type) ? Optional.of(path(steps, type, null)) : Optional.empty();
  }

  /** Whether a caller with the mode can reach the type (root types always). */
  public boolean reaches(String type, AuthMode mode) {
    return reached.getOrDefault(mode, Map.of()).containsKey(type);
  }

  /** The fields from a root type to {@code type}, then {@code last} when given. */
  static List<String> path(Map<String, Step> steps, String type, String last) {
    List<String> reversed = new java.util.ArrayList<>();
    if (last != null) {
      reversed.add(last);
    }
    Set<String> seen = new java.util.HashSet<>();
    String current = type;
    while (current != null && seen.add(current)) {
      Step step = steps.get(current);
      if (step == null || step.field() == null) {
        break;
      }
      reversed.add(step.field());
      current = step.from();
    }
    java.util.Collections.reverse(reversed);
    return reversed;
  }

  /** The denials where every field of every returned type denies the mode. */
  public List<AuthDenial> totalDenials() {
    return denials.stream().filter(AuthDenial::total).toList();
  }

  /** The denials where only some fields deny the mode. */
  public List<AuthDenial> partialDenials() {
    return denials.stream().filter(d -> !d.total()).toList();
  }
}
