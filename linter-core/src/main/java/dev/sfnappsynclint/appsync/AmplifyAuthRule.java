package dev.sfnappsynclint.appsync;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.EnumValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One rule of an Amplify {@code @auth(rules: [...])} directive (GraphQL Transformer v2), as
 * written: its strategy, provider and operations, with the directive it stands in.
 *
 * @param allow the strategy ({@code public}, {@code owner}, ...), empty when not written
 * @param provider the provider as written, empty for the strategy's default
 * @param operations the operations as written ({@code operations}, or the deprecated
 *     {@code queries}/{@code mutations}); empty when none is written, which means all
 * @param ownerField the field holding the owner, for owner rules ({@code owner} by default)
 * @param directive the {@code @auth} directive the rule stands in
 */
public record AmplifyAuthRule(Optional<String> allow, Optional<String> provider,
    List<String> operations, String ownerField, Directive directive) {

  /** The operations a rule without {@code operations} grants. */
  public static final List<String> ALL_OPERATIONS = List.of("create", "update", "delete", "read");

  /** What {@code read} stands for; a rule may also name these one by one. */
  private static final List<String> READ_OPERATIONS =
      List.of("get", "list", "sync", "listen", "search");

  public AmplifyAuthRule {
    operations = List.copyOf(operations);
  }

  /** Every rule of the {@code @auth} directives among some directives. */
  public static List<AmplifyAuthRule> of(List<Directive> directives) {
    List<AmplifyAuthRule> rules = new ArrayList<>();
    for (Directive directive : directives) {
      Argument argument = directive.getName().equals("auth") ? directive.getArgument("rules")
          : null;
      if (argument == null) {
        continue;
      }
      List<Value> values = argument.getValue() instanceof ArrayValue array ? array.getValues()
          : List.of(argument.getValue());
      for (Value<?> value : values) {
        if (value instanceof ObjectValue object) {
          rules.add(of(object, directive));
        }
      }
    }
    return rules;
  }

  /** A rule from its object value ({@code { allow: owner }}). */
  public static AmplifyAuthRule of(ObjectValue rule, Directive directive) {
    List<String> operations = new ArrayList<>();
    for (String field : List.of("operations", "queries", "mutations")) {
      operations.addAll(names(rule, field));
    }
    return new AmplifyAuthRule(name(rule, "allow"), name(rule, "provider"), operations,
        name(rule, "ownerField").orElse("owner"), directive);
  }

  /** Whether the rule is an owner rule (the record's owner, named in its owner field). */
  public boolean isOwner() {
    return allow.filter("owner"::equals).isPresent();
  }

  /** Whether the rule grants everyone (API key or unauthenticated IAM) access. */
  public boolean isPublic() {
    return allow.filter("public"::equals).isPresent();
  }

  /**
   * The operations the rule grants, in Transformer v2 terms: {@code create}, {@code update},
   * {@code delete} and {@code read} (or read's parts, when written one by one).
   */
  public Set<String> grantedOperations() {
    return new LinkedHashSet<>(operations.isEmpty() ? ALL_OPERATIONS : operations);
  }

  /**
   * The provider the rule uses: the written one, else its strategy's default ({@code apiKey} for
   * public, {@code function} for custom, {@code userPools} otherwise); {@code identityPool} is
   * IAM, as {@code iam} is.
   */
  public String effectiveProvider() {
    String strategy = allow.orElse("");
    String given = provider.orElse(strategy.equals("public") ? "apiKey"
        : strategy.equals("custom") ? "function" : "userPools");
    return given.equals("identityPool") ? "iam" : given;
  }

  /** Whether the rule grants an operation, {@code read} covering its parts and back. */
  public boolean grants(String operation) {
    Set<String> granted = grantedOperations();
    return granted.contains(operation)
        || (READ_OPERATIONS.contains(operation) && granted.contains("read"));
  }

  /** The write operations the rule grants: create, update, delete. */
  public List<String> writes() {
    return List.of("create", "update", "delete").stream().filter(this::grants).toList();
  }

  /** The rule as a short text: {@code {allow: public, provider: apiKey}}. */
  public String describe() {
    StringBuilder text = new StringBuilder("{allow: ").append(allow.orElse("?"));
    provider.ifPresent(p -> text.append(", provider: ").append(p));
    if (!operations.isEmpty()) {
      text.append(", operations: [").append(String.join(", ", operations)).append(']');
    }
    return text.append('}').toString();
  }

  private static Optional<String> name(ObjectValue object, String field) {
    for (ObjectField member : object.getObjectFields()) {
      if (member.getName().equals(field)) {
        return text(member.getValue());
      }
    }
    return Optional.empty();
  }

  private static List<String> names(ObjectValue object, String field) {
    for (ObjectField member : object.getObjectFields()) {
      if (member.getName().equals(field)) {
        Value<?> value = member.getValue();
        List<Value> values = value instanceof ArrayValue array ? array.getValues()
            : List.of(value);
        List<String> names = new ArrayList<>();
        values.forEach(v -> text(v).ifPresent(names::add));
        return names;
      }
    }
    return List.of();
  }

  private static Optional<String> text(Value<?> value) {
    if (value instanceof EnumValue enumValue) {
      return Optional.of(enumValue.getName());
    }
    if (value instanceof StringValue string) {
      return Optional.of(string.getValue());
    }
    return Optional.empty();
  }
}
