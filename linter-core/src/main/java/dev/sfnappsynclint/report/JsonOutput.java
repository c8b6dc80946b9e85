package dev.sfnappsynclint.report;

import java.io.IOException;
import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The one way this tool writes JSON: two-space indent, {@code "key": value}, LF line ends. */
public final class JsonOutput {

  public static final JsonMapper MAPPER = JsonMapper.builder().build();
  // The caller owns the Writer it hands to stream(): the generator flushes it, never closes it.
  private static final ObjectWriter WRITER = MAPPER.writer().with(new DefaultPrettyPrinter(
          Separators.createDefaultInstance()
              .withObjectNameValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")))
      .without(StreamWriteFeature.AUTO_CLOSE_TARGET)
      // A report that fails half-way must look cut off, not end in brackets that close it.
      .without(StreamWriteFeature.AUTO_CLOSE_CONTENT);

  /** What writes one JSON document, value by value. */
  @FunctionalInterface
  public interface Document {
    void writeTo(JsonGenerator json);
  }

  private JsonOutput() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Pretty JSON text with a final line break. */
  public static String write(JsonNode node) {
    return WRITER.writeValueAsString(node) + "\n";
  }

  /**
   * Writes a document straight to {@code out}, formatted as {@link #write} formats it, so that a
   * large report is never held whole in memory, neither as a tree nor as text. Subtrees written
   * with {@link JsonGenerator#writeTree} come out as they would inside a whole tree.
   */
  public static void stream(Writer out, Document document) throws IOException {
    try (JsonGenerator json = WRITER.createGenerator(out)) {
      document.writeTo(json);
      json.writeRaw('\n');
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }
}
