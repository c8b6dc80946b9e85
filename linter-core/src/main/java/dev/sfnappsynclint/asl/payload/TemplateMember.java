package dev.sfnappsynclint.asl.payload;

import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.ObjectNode;

/** One field of an object in a payload template, and the object it is in. */
public record TemplateMember(ObjectNode owner, Member member) {

  /** The suffix that makes a field's value a path or intrinsic function call. */
  public static final String DYNAMIC_SUFFIX = ".$";

  public String name() {
    return member.name();
  }

  /** Named {@code name.$}: its value is evaluated. */
  public boolean isDynamic() {
    return name().endsWith(DYNAMIC_SUFFIX);
  }

  /** The name the field has in the result: without {@code .$}. */
  public String resultName() {
    return isDynamic() ? name().substring(0, name().length() - DYNAMIC_SUFFIX.length()) : name();
  }
}
