package dev.sfnappsynclint.asl.variables;

import dev.sfnappsynclint.asl.Scope;
import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.source.Location;
import dev.sfnappsynclint.tree.ScalarNode;

/** Where a workflow variable is assigned or read. */
public final class Variable {

  private Variable() {
  }

  /**
   * One key of an {@code Assign} object: of a state, a Choice rule or a Catcher.
   *
   * @param name the variable's name (the key without a {@code .$} suffix)
   * @param key the key as written; findings about the assignment point here
   * @param where how a message names the Assign: {@code Assign}, {@code Choices[0].Assign}, ...
   */
  public record Assignment(String name, ScalarNode key, State state, String where) {
    public Scope scope() {
      return state.scope();
    }
  }

  /**
   * One {@code $name} a state reads: in a JSONata expression or a JSONPath path or intrinsic.
   *
   * @param location the {@code $name} itself where it can be told, else the string it is in
   * @param precise read from a parsed expression or path; false where the string could only be
   *     scanned (a JSONata expression that does not parse or holds a placeholder), which counts
   *     as a read but is never reported; also a read of a name a JSONata function has
   *     ({@code $string}), which may be the function passed as a value
   */
  public record Read(String name, Location location, State state, boolean precise) {
    public Scope scope() {
      return state.scope();
    }
  }
}
