package dev.sfnappsynclint.source;

import java.io.IOException;
import java.io.InputStream;
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
      // A FIFO would block and a device never end: read regular files only.
      if (!Files.isRegularFile(path)) {
        throw new UnreadableSourceException("Not a regular file (a device, a pipe or a "
            + "folder); it was not read.");
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new UnreadableSourceException(tooLarge(bytes(size)));
      }
      // The size can be wrong (files under /proc say 0) or change while reading: stop at the limit.
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      }
      if (bytes.length > maxBytes) {
        throw new UnreadableSourceException(tooLarge("more than " + bytes(maxBytes)));
      }
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

  private String tooLarge(String size) {
    return String.format("File is %s, above the %s limit; it was not linted.", size,
        bytes(maxBytes));
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
