package dev.sfnappsynclint.tree;

/** One key/value pair of an object. The key node has the same pointer as the value. */
public record Member(ScalarNode key, Node value) {

  public String name() {
    return key.text();
  }
}
