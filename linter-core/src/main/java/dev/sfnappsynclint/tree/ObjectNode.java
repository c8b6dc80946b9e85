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

  /** Objects up to this size are searched member by member: cheaper than a hash map. */
  private static final int SCANNED = 8;

  private final List<Member> members;
  /** The last member of each name; null for small objects, which are scanned. */
  private final Map<String, Member> lastByName;
  private final List<Member> duplicates;

  public ObjectNode(SourceFile source, String pointer, TextRange range, String tag,
      List<Member> members) {
    super(source, pointer, range, tag);
    this.members = List.copyOf(members);
    for (int i = 0; i < this.members.size(); i++) {
      this.members.get(i).key().adopt(this, i);
      this.members.get(i).value().adopt(this, i);
    }
    List<Member> repeated = new ArrayList<>();
    if (this.members.size() <= SCANNED) {
      for (int i = 1; i < this.members.size(); i++) {
        String name = this.members.get(i).name();
        for (int j = 0; j < i; j++) {
          if (this.members.get(j).name().equals(name)) {
            repeated.add(this.members.get(i));
            break;
          }
        }
      }
      this.lastByName = null;
    } else {
      Map<String, Member> byName = new HashMap<>();
      for (Member member : this.members) {
        if (byName.put(member.name(), member) != null) {
          repeated.add(member);
        }
      }
      this.lastByName = byName;
    }
    this.duplicates = repeated.isEmpty() ? List.of() : List.copyOf(repeated);
  }

  public List<Member> members() {
    return members;
  }

  private Member last(String name) {
    if (lastByName != null) {
      return lastByName.get(name);
    }
    int hash = name.hashCode(); // strings keep their hash: most mismatches cost one compare
    for (int i = members.size() - 1; i >= 0; i--) {
      Member member = members.get(i);
      String candidate = member.name();
      if (candidate.hashCode() == hash && candidate.equals(name)) {
        return member;
      }
    }
    return null;
  }

  public Optional<Member> member(String name) {
    return Optional.ofNullable(last(name));
  }

  public Optional<Node> get(String name) {
    Member member = last(name);
    return member == null ? Optional.empty() : Optional.of(member.value());
  }

  public boolean has(String name) {
    return last(name) != null;
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
