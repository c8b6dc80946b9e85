package dev.sfnappsynclint.asl.extract;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Compares a path written in a template with the names on disk, segment by segment, so that a
 * name that differs only in letter case is caught on every file system: macOS and Windows find
 * {@code StateMachine.asl.json} for {@code stateMachine.asl.json}, Linux (and so CI) does not.
 */
final class DefinitionPath {

  private DefinitionPath() {}

  /**
   * The path as the file system spells it, when some segment of {@code written} names an
   * existing entry only with different letter case; empty when the names match exactly or
   * nothing matches at all.
   */
  static Optional<String> caseMismatch(Path folder, String written) {
    Path current = folder;
    StringBuilder actual = new StringBuilder();
    boolean differs = false;
    for (String segment : written.replace('\\', '/').split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      String name = segment;
      if (!segment.equals("..")) {
        Optional<String> onDisk = entryNamed(current, segment);
        if (onDisk.isEmpty()) {
          return Optional.empty();
        }
        name = onDisk.get();
        differs |= !name.equals(segment);
      }
      current = current.resolve(name);
      actual.append(actual.length() == 0 ? "" : "/").append(name);
    }
    return differs ? Optional.of(actual.toString()) : Optional.empty();
  }

  /** The entry of a folder with this name: exactly, else ignoring case. */
  private static Optional<String> entryNamed(Path folder, String name) {
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    String caseless = null;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        String entryName = entry.getFileName().toString();
        if (entryName.equals(name)) {
          return Optional.of(entryName);
        }
        if (caseless == null && entryName.equalsIgnoreCase(name)) {
          caseless = entryName;
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.ofNullable(caseless);
  }
}
