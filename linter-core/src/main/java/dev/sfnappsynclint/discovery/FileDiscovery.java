package dev.sfnappsynclint.discovery;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Walks the paths a user gave and lists the files worth reading: those with the extensions the
 * extractors read (the engine decides what each is once it has read it). Follows symbolic links only
 * while they stay inside the root being walked, never loops, and skips hidden and build folders
 * ({@code .git}, {@code node_modules}, {@code target}, {@code cdk.out}, ...) unless the user
 * named such a folder itself.
 */
public final class FileDiscovery {

  /** Folders nobody wants linted by default: dependencies, build output, VCS metadata. */
  public static final Set<String> SKIPPED_FOLDERS =
      Set.of("node_modules", "target", "cdk.out", "build", "dist", "__pycache__");


  private final Path workingDirectory;
  private final List<PathGlob> includes;
  private final List<PathGlob> excludes;
  private final Set<String> extensions;

  /** @param extensions lower-case name endings of the files to list ({@code .json}) */
  public FileDiscovery(Path workingDirectory, List<PathGlob> includes, List<PathGlob> excludes,
      Set<String> extensions) {
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    this.includes = List.copyOf(includes);
    this.excludes = List.copyOf(excludes);
    this.extensions = Set.copyOf(extensions);
  }

  /** What the walk found, and the given paths that could not be walked. */
  public record Result(List<Candidate> candidates, List<String> problems) {}

  public Result discover(List<Path> paths) {
    List<Candidate> found = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path given : paths) {
      Path absolute = workingDirectory.resolve(given).normalize();
      if (!Files.exists(absolute)) {
        problems.add("Path does not exist: " + given);
        continue;
      }
      if (!Files.isReadable(absolute)) {
        problems.add("Path is not readable: " + given);
        continue;
      }
      if (Files.isDirectory(absolute)) {
        walk(absolute, found, seen, problems);
      } else if (seen.add(realPath(absolute))) {
        String display = displayPath(absolute);
        if (!isExcluded(display)) {
          found.add(new Candidate(absolute, display, true));
        }
      }
    }
    found.sort(Comparator.comparing(Candidate::displayPath));
    return new Result(List.copyOf(found), List.copyOf(problems));
  }

  /** The path as findings show it: relative to the working directory, forward slashes. */
  public String displayPath(Path absolute) {
    Path relative;
    try {
      relative = workingDirectory.relativize(absolute);
    } catch (IllegalArgumentException e) {
      relative = absolute;
    }
    String text = relative.toString().replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }

  private void walk(Path root, List<Candidate> found, Set<Path> seen, List<String> problems) {
    Path realRoot = realPath(root);
    java.util.Deque<Path> linkedFolders = new java.util.ArrayDeque<>();
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (dir.equals(root)) {
                return FileVisitResult.CONTINUE;
              }
              String name = dir.getFileName().toString();
              if (name.startsWith(".") || SKIPPED_FOLDERS.contains(name)
                  || isExcluded(displayPath(dir))) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              // Only a link can lead out of the root; resolving every folder's real path costs
              // O(depth) each, quadratic in deep trees.
              if (Files.isSymbolicLink(dir)) {
                if (!realPath(dir).startsWith(realRoot)) {
                  return FileVisitResult.SKIP_SUBTREE;
                }
                linkedFolders.push(dir);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
              if (!linkedFolders.isEmpty() && linkedFolders.peek().equals(dir)) {
                linkedFolders.pop();
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!attrs.isRegularFile() || !isCandidateName(file)) {
                return FileVisitResult.CONTINUE;
              }
              Path real = linkedFolders.isEmpty() && !Files.isSymbolicLink(file)
                  ? realRoot.resolve(root.relativize(file)) : realPath(file);
              if (!real.startsWith(realRoot) || !seen.add(real)) {
                return FileVisitResult.CONTINUE;
              }
              String display = displayPath(file);
              if (!isExcluded(display) && isIncluded(display)) {
                found.add(new Candidate(file, display, false));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (!(e instanceof FileSystemLoopException)) {
                problems.add("Cannot read " + displayPath(file) + ": " + e.getMessage());
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.add("Cannot walk " + displayPath(root) + ": " + e.getMessage());
    }
  }

  private boolean isExcluded(String displayPath) {
    return excludes.stream().anyMatch(glob -> glob.matches(displayPath));
  }

  private boolean isIncluded(String displayPath) {
    return includes.isEmpty() || includes.stream().anyMatch(glob -> glob.matches(displayPath));
  }

  private boolean isCandidateName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return extensions.stream().anyMatch(name::endsWith);
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

}
