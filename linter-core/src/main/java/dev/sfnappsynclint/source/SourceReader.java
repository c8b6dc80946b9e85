package dev.sfnappsynclint.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads files as strict UTF-8 text, refusing files over a size limit before reading them. */
public final class SourceReader {

  private final long maxBytes;

  public SourceReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Thrown when a file cannot be read as text; the message is meant for the user. */
  public static final class UnreadableSourceException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadableSourceException(String message) {
      super(message);
    }
  }

  public SourceFile read(Path path, String displayPath) throws UnreadableSourceException {
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new UnreadableSourceException(String.format(
            "File is %s, above the %s limit; it was not linted.", bytes(size), bytes(maxBytes)));
      }
      byte[] bytes = Files.readAllBytes(path);
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
      } catch (CharacterCodingException e) {
        throw new UnreadableSourceException("File is not valid UTF-8 text.");
      }
      if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1);
      }
      return new SourceFile(path, displayPath, text);
    } catch (IOException e) {
      throw new UnreadableSourceException("Cannot read file: " + e.getMessage());
    }
  }

  static String bytes(long count) {
    if (count >= 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f MiB", count / (1024.0 * 1024.0));
    }
    if (count >= 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f KiB", count / 1024.0);
    }
    return count + " bytes";
  }
}
