package dev.sfnappsynclint.tree;

import dev.sfnappsynclint.source.Location;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.source.TextRange;
import java.util.Optional;

/**
 * A JSON or YAML value that knows where it is: its JSON Pointer inside the document and its range
 * in the source text. Trees are immutable once read.
 */
public abstract sealed class Node permits ObjectNode, ArrayNode, ScalarNode {

  private final SourceFile source;
  private final String pointer;
  private final TextRange range;
  private final String tag;

  Node(SourceFile source, String pointer, TextRange range, String tag) {
    this.source = source;
    this.pointer = pointer;
    this.range = range;
    this.tag = tag;
  }

  /** The file this node was read from; its range is a range of this file's text. */
  public SourceFile source() {
    return source;
  }

  /** The JSON Pointer (RFC 6901) of this node in its document; {@code ""} for the root. */
  public String pointer() {
    return pointer;
  }

  public TextRange range() {
    return range;
  }

  /** Where findings about this node point: its file, range and JSON Pointer. */
  public Location location() {
    return new Location(source.displayPath(), range, pointer);
  }

  /**
   * A YAML tag that is not one of the core schema's, such as CloudFormation's {@code !Sub} or
   * {@code !Ref}; empty for JSON and untagged YAML.
   */
  public Optional<String> tag() {
    return Optional.ofNullable(tag);
  }

  /** What kind of value this is, as a user would say it: "an object", "a string", ... */
  public abstract String kindDescription();

  public boolean isObject() {
    return this instanceof ObjectNode;
  }

  public boolean isArray() {
    return this instanceof ArrayNode;
  }

  /** True for an untagged string scalar. */
  public boolean isString() {
    return this instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING && tag == null;
  }

  /** The text of an untagged string scalar. */
  public Optional<String> asString() {
    return isString() ? Optional.of(((ScalarNode) this).text()) : Optional.empty();
  }
}
