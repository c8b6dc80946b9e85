package dev.sfnappsynclint.asl.extract;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Compares a path written in a template with the names on disk, segment by segment, so that a
 * name that differs only in letter case is caught on every file system: macOS and Windows find
 * {@code StateMachine.asl.json} for {@code stateMachine.asl.json}, Linux (and so CI) does not.
 */
public final class DefinitionPath {

  private DefinitionPath() {}

  /**
   * A path a template names, resolved against the template's folder.
   *
   * @param refusal why the file is not read, when it is not: outside the root, not a regular file
   */
  public record Resolved(Path path, Optional<String> refusal) {
    public boolean readable() {
      return refusal.isEmpty() && Files.isRegularFile(path);
    }
  }

  /**
   * Resolves {@code written} against the template's folder; empty when it is no path at all (a
   * NUL character). A path that leads outside {@code root} — by {@code ..}, an absolute path or a
   * symbolic link — or to something that is not a regular file is refused.
   */
  public static Optional<Resolved> resolve(Path template, String written, Path root) {
    Path path;
    try {
      path = template.toAbsolutePath().getParent().resolve(written).normalize();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    Path realRoot = real(root.toAbsolutePath().normalize());
    if (!path.startsWith(root.toAbsolutePath().normalize()) && !path.startsWith(realRoot)) {
      return Optional.of(new Resolved(path, Optional.of("which is outside the linted folder")));
    }
    if (Files.exists(path)) {
      if (!real(path).startsWith(realRoot)) {
        return Optional.of(new Resolved(path,
            Optional.of("a link that leads outside the linted folder")));
      }
      if (!Files.isRegularFile(path)) {
        return Optional.of(new Resolved(path, Optional.of("which is not a regular file")));
      }
    }
    return Optional.of(new Resolved(path, Optional.empty()));
  }

  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path;
    }
  }

  /**
   * The path as the file system spells it, when some segment of {@code written} names an
   * existing entry only with different letter case; empty when the names match exactly or
   * nothing matches at all.
   */
  public static Optional<String> caseMismatch(Path folder, String written) {
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
