package dev.sfnappsynclint.asl.jsonata;

import java.util.List;

/**
 * One node of a parsed JSONata expression, as the dashjoin parser builds it, copied into a tree
 * of our own so that the rest of the linter does not depend on the parser's internals.
 *
 * @param type the parser's node type: {@code path}, {@code name}, {@code variable},
 *     {@code function}, {@code lambda}, {@code bind}, {@code binary}, {@code string}, ...
 * @param value the node's value as text: a field or variable name (without {@code $}; the
 *     context {@code $} is {@code ""} and the root {@code $$} is {@code "$"}), an operator, a literal
 * @param position the parser's character position in the expression (0-based; where the
 *     parser puts it, usually just after the token)
 * @param children the nodes below this one, each with the part it plays
 */
public record JsonataNode(String type, String value, int position, List<Child> children) {

  /** The part a child plays for its parent, as far as the linter needs to tell. */
  public enum Role {
    /** The first step of a path: evaluated in the parent's context. */
    FIRST_STEP,
    /** A later step of a path: evaluated against the previous step's result. */
    STEP,
    /** An operand, argument or branch: evaluated in the parent's context. */
    OPERAND,
    /** The function a call invokes. */
    PROCEDURE,
    /** A lambda's parameter. */
    PARAMETER,
    /** A lambda's body. */
    BODY,
    /** The variable {@code :=} binds. */
    BIND_TARGET,
    /** A predicate, filter, sort term, grouping or transform: evaluated per item. */
    PER_ITEM
  }

  public record Child(Role role, JsonataNode node) {
  }

  public boolean is(String nodeType) {
    return type.equals(nodeType);
  }

  /** A variable reference {@code $name} (not the context {@code $} or the root {@code $$}). */
  public boolean isNamedVariable() {
    return type.equals("variable") && !value.isEmpty() && !value.equals("$");
  }
}
