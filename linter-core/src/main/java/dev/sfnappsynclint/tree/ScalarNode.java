package dev.sfnappsynclint.tree;

import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.source.TextRange;
import java.math.BigDecimal;
import java.util.Optional;

/** A string, number, boolean or null; also the key of an object member. */
public final class ScalarNode extends Node {

  public enum Kind { STRING, NUMBER, BOOLEAN, NULL }

  private final Kind kind;
  private final String text;

  public ScalarNode(SourceFile source, String pointer, TextRange range, String tag, Kind kind, String text) {
    super(source, pointer, range, tag);
    this.kind = kind;
    this.text = text;
  }

  public Kind kind() {
    return kind;
  }

  /** The value as text: the string itself, the number as written, "true", "false" or "null". */
  public String text() {
    return text;
  }

  public boolean isTrue() {
    return kind == Kind.BOOLEAN && "true".equals(text);
  }

  public Optional<BigDecimal> number() {
    if (kind != Kind.NUMBER) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(text.replace("_", "")));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public String kindDescription() {
    if (tag().isPresent()) {
      return "a value tagged " + tag().get();
    }
    return switch (kind) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
    };
  }

  @Override
  public String toString() {
    return kind == Kind.STRING ? '"' + text + '"' : text;
  }
}
