package dev.sfnappsynclint.tree;

/** Builds RFC 6901 JSON Pointers. */
public final class JsonPointers {

  private JsonPointers() {}

  public static String child(String parent, String key) {
    return parent + "/" + escape(key);
  }

  /** A key as a pointer segment: {@code ~} and {@code /} escaped. */
  public static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  public static String child(String parent, int index) {
    return parent + "/" + index;
  }
}
