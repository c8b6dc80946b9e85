package dev.sfnappsynclint.source;

/**
 * Where a finding is: a file, a range of its text, and an anchor that names the thing found
 * independently of lines — a JSON Pointer for JSON/YAML documents ({@code /States/Poll/Retry/0}),
 * a schema coordinate for GraphQL ({@code Query.listPosts}). Baselines, ignores and SARIF
 * fingerprints use the anchor, so editing lines above a finding does not make it new.
 *
 * @param path the file, relative to the working directory, with forward slashes
 */
public record Location(String path, TextRange range, String anchor) {

  /** An anchor that is a JSON Pointer (RFC 6901): empty, or starting with {@code /}. */
  public static boolean isJsonPointer(String anchor) {
    return anchor.isEmpty() || anchor.startsWith("/");
  }

  /**
   * True when {@code inner} is {@code outer} or inside it: a pointer below a pointer
   * ({@code /States/A} covers {@code /States/A/Next} but not {@code /States/AB}), a coordinate
   * below a coordinate ({@code Post} covers {@code Post.author} and
   * {@code Post.author(limit:)}). The empty anchor covers everything.
   */
  public static boolean covers(String outer, String inner) {
    if (outer.isEmpty() || outer.equals(inner)) {
      return true;
    }
    if (isJsonPointer(outer)) {
      return inner.startsWith(outer + "/");
    }
    return inner.startsWith(outer + ".") || inner.startsWith(outer + "(");
  }
}
