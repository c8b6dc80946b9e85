package dev.sfnappsynclint.tree;

/**
 * Hard limits that keep hostile or broken input from exhausting the stack, the heap or time.
 *
 * @param maxDepth deepest nesting of objects and arrays
 * @param maxNodes most values in one document, counting every expansion of a YAML alias
 * @param maxYamlAliases most aliases a YAML document may use
 */
public record TreeLimits(int maxDepth, int maxNodes, int maxYamlAliases) {

  public static final TreeLimits DEFAULT = new TreeLimits(256, 2_000_000, 1_000);
}
