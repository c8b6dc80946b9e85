package dev.sfnappsynclint.rules.appsync;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.StringValue;
import graphql.language.Value;
import java.util.ArrayList;
import java.util.List;

/** What the subscription rules read of {@code @aws_subscribe(mutations: [...])}. */
final class Subscriptions {

  static final String DIRECTIVE = "aws_subscribe";

  private Subscriptions() {}

  /** The mutation names the directive lists (a single string counts as a list of one). */
  static List<String> mutations(Directive directive) {
    List<String> names = new ArrayList<>();
    Argument argument = directive.getArgument("mutations");
    if (argument == null) {
      return names;
    }
    Value<?> value = argument.getValue();
    if (value instanceof StringValue string) {
      names.add(string.getValue());
    } else if (value instanceof ArrayValue array) {
      for (Value<?> element : array.getValues()) {
        if (element instanceof StringValue string) {
          names.add(string.getValue());
        }
      }
    }
    return names;
  }
}
