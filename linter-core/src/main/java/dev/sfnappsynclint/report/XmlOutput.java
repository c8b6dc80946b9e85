package dev.sfnappsynclint.report;

/** Escaping for the small XML documents the JUnit and Checkstyle reporters write by hand. */
final class XmlOutput {

  private XmlOutput() {}

  /** Text or attribute content; characters XML 1.0 cannot carry are dropped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        case '\n' -> out.append("&#10;");
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append("&#9;");
        default -> {
          if (c >= 0x20 || Character.isSurrogate(c)) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
