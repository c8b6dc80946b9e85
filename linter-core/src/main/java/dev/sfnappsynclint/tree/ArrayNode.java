package dev.sfnappsynclint.tree;

import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.source.TextRange;
import java.util.List;

/** A JSON array or YAML sequence. */
public final class ArrayNode extends Node {

  private final List<Node> elements;

  public ArrayNode(SourceFile source, String pointer, TextRange range, String tag, List<Node> elements) {
    super(source, pointer, range, tag);
    this.elements = List.copyOf(elements);
    for (int i = 0; i < this.elements.size(); i++) {
      this.elements.get(i).adopt(this, i);
    }
  }

  public List<Node> elements() {
    return elements;
  }

  public int size() {
    return elements.size();
  }

  @Override
  public String kindDescription() {
    return tag().map(t -> "a value tagged " + t).orElse("an array");
  }
}
