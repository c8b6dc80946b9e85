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

  /**
   * What the walk found; the given paths that could not be walked; the given paths that the
   * include/exclude patterns removed whole (named, yet not linted: the engine makes them errors
   * unless the front end named the paths itself); and warnings, such as a named folder with
   * nothing to lint, saying what was skipped.
   */
  public record Result(List<Candidate> candidates, List<String> problems, List<String> unlinted,
      List<String> warnings) {

    public Result(List<Candidate> candidates, List<String> problems) {
      this(candidates, problems, List.of(), List.of());
    }
  }

  /** What one walk left out, to say why a named folder gave no file. */
  private static final class Skipped {
    final Set<String> folders = new java.util.TreeSet<>();
    final Set<String> excludedBy = new java.util.LinkedHashSet<>();
    boolean notIncluded;
    boolean alreadyListed;
  }

  public Result discover(List<Path> paths) {
    List<Candidate> found = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> unlinted = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
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
        int before = found.size();
        Skipped skipped = new Skipped();
        walk(absolute, found, seen, problems, skipped);
        if (found.size() == before && !skipped.alreadyListed) {
          nothingFound(given, skipped, unlinted, warnings);
        }
      } else if (seen.add(realPath(absolute))) {
        String display = displayPath(absolute);
        List<String> excludedBy = excludedBy(display);
        if (excludedBy.isEmpty()) {
          found.add(new Candidate(absolute, display, true));
        } else {
          unlinted.add("Not linted: " + given + " is excluded by " + quote(excludedBy)
              + " (--exclude or the configuration's exclude)");
        }
      }
    }
    found.sort(Comparator.comparing(Candidate::displayPath));
    return new Result(List.copyOf(found), List.copyOf(problems), List.copyOf(unlinted),
        List.copyOf(warnings));
  }

  /**
   * A named folder that gave no file: "unlinted" when the patterns removed its files (the user
   * asked for a folder and none of it is linted), a warning saying what was skipped otherwise.
   */
  private void nothingFound(Path given, Skipped skipped, List<String> unlinted,
      List<String> warnings) {
    if (!skipped.excludedBy.isEmpty()) {
      unlinted.add("Not linted: every file to lint under " + given + " is excluded by "
          + quote(List.copyOf(skipped.excludedBy)) + " (--exclude or the configuration's exclude)");
    } else if (skipped.notIncluded) {
      unlinted.add("Not linted: no file under " + given + " matches the includes "
          + quote(includes.stream().map(PathGlob::pattern).toList())
          + " (--include or the configuration's include)");
    } else if (!skipped.folders.isEmpty()) {
      warnings.add("No files to lint under " + given + "; skipped the folders "
          + String.join(", ", skipped.folders) + " (name a skipped folder to lint it)");
    } else {
      warnings.add("No files to lint under " + given + " (no file named "
          + String.join(", ", new java.util.TreeSet<>(extensions).stream().map(e -> "*" + e)
              .toList()) + ")");
    }
  }

  private static String quote(List<String> patterns) {
    return patterns.stream().map(p -> "'" + p + "'")
        .collect(java.util.stream.Collectors.joining(", "));
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

  private void walk(Path root, List<Candidate> found, Set<Path> seen, List<String> problems,
      Skipped skipped) {
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
              if (name.startsWith(".") || SKIPPED_FOLDERS.contains(name)) {
                skipped.folders.add(displayPath(dir));
                return FileVisitResult.SKIP_SUBTREE;
              }
              List<String> excludedBy = excludedBy(displayPath(dir));
              if (!excludedBy.isEmpty()) {
                skipped.excludedBy.addAll(excludedBy);
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
              if (!real.startsWith(realRoot)) {
                return FileVisitResult.CONTINUE;
              }
              if (!seen.add(real)) {
                skipped.alreadyListed = true;
                return FileVisitResult.CONTINUE;
              }
              String display = displayPath(file);
              List<String> excludedBy = excludedBy(display);
              if (!excludedBy.isEmpty()) {
                skipped.excludedBy.addAll(excludedBy);
              } else if (!isIncluded(display)) {
                skipped.notIncluded = true;
              } else {
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

  /** The patterns of the excludes that match, empty when none does. */
  private List<String> excludedBy(String displayPath) {
    return excludes.stream().filter(glob -> glob.matches(displayPath)).map(PathGlob::pattern)
        .toList();
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
