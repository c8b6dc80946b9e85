package dev.sfnappsynclint.tree;

import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.source.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON object or YAML mapping. Members keep their order; a key written twice keeps both
 * members (so a rule can report it) and lookups return the last one, as most JSON readers do.
 */
public final class ObjectNode extends Node {

  private final List<Member> members;
  private final Map<String, Member> lastByName;
  private final List<Member> duplicates;

  public ObjectNode(SourceFile source, String pointer, TextRange range, String tag, List<Member> members) {
    super(source, pointer, range, tag);
    this.members = List.copyOf(members);
    for (int i = 0; i < this.members.size(); i++) {
      this.members.get(i).key().adopt(this, i);
      this.members.get(i).value().adopt(this, i);
    }
    Map<String, Member> byName = new HashMap<>();
    List<Member> repeated = new ArrayList<>();
    for (Member member : this.members) {
      if (byName.put(member.name(), member) != null) {
        repeated.add(member);
      }
    }
    this.lastByName = byName;
    this.duplicates = List.copyOf(repeated);
  }

  public List<Member> members() {
    return members;
  }

  public Optional<Member> member(String name) {
    return Optional.ofNullable(lastByName.get(name));
  }

  public Optional<Node> get(String name) {
    Member member = lastByName.get(name);
    return member == null ? Optional.empty() : Optional.of(member.value());
  }

  public boolean has(String name) {
    return lastByName.containsKey(name);
  }

  /** The text of a member that is an untagged string. */
  public Optional<String> string(String name) {
    return get(name).flatMap(Node::asString);
  }

  /** Members whose key was already used earlier in this object, in document order. */
  public List<Member> duplicateMembers() {
    return duplicates;
  }

  /** The first member with the given name (for pointing at the original of a duplicate). */
  public Optional<Member> firstMember(String name) {
    return members.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  @Override
  public String kindDescription() {
    return tag().map(t -> "a value tagged " + t).orElse("an object");
  }
}
