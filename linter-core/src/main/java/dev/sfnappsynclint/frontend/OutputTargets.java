package dev.sfnappsynclint.frontend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;

import java.util.Map;

/**
 * The files a run is asked to write, checked before anything is written: none may be a file
 * the run reads (a linted file, the configuration, the baseline it compares with), and no file
 * may be named twice (one report would silently replace the other).
 */
public final class OutputTargets {

  private OutputTargets() {}

  /** A file to write, and how the user asked for it ({@code -f sarif=out.sarif}). */
  public record Output(Path path, String label) {}

  /**
   * @param inputs what each read file is, by path ("the configuration", "a linted file")
   */
  public static void check(List<Output> outputs, Map<Path, String> inputs)
      throws UsageException {
    Map<Path, String> seen = new HashMap<>();
    for (Output output : outputs) {
      String earlier = seen.putIfAbsent(real(output.path()), output.label());
      if (earlier != null) {
        throw new UsageException(earlier + " and " + output.label() + " name the same file; "
            + "one would replace the other");
      }
    }
    for (Map.Entry<Path, String> input : inputs.entrySet()) {
      String output = seen.get(real(input.getKey()));
      if (output != null) {
        throw new UsageException(output + " would overwrite " + input.getValue() + " ("
            + input.getKey() + "); nothing was written");
      }
    }
  }

  /** The paths of linted files, relative to the working directory, as read files. */
  public static Map<Path, String> linted(Path workingDirectory, Collection<String> displayPaths) {
    Map<Path, String> inputs = new HashMap<>();
    for (String path : displayPaths) {
      inputs.put(workingDirectory.resolve(path), "a linted file");
    }
    return inputs;
  }

  /** Symbolic links and {@code ..} resolved as far as the file exists, so aliases compare equal. */
  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      return absolute.toRealPath();
    } catch (IOException e) {
      Path parent = absolute.getParent();
      if (parent != null && Files.isDirectory(parent)) {
        try {
          return parent.toRealPath().resolve(absolute.getFileName());
        } catch (IOException ignored) {
          return absolute;
        }
      }
      return absolute;
    }
  }

}
