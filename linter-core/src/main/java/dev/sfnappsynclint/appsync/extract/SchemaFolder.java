package dev.sfnappsynclint.appsync.extract;

import dev.sfnappsynclint.naming.EditDistance;
import dev.sfnappsynclint.lint.ExtractionContext;
import dev.sfnappsynclint.lint.InputFile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which schema files of a folder form one schema.
 *
 * <ul>
 *   <li>An Amplify Gen 1 project's {@code amplify/backend/api/<api>/schema/} folder is one
 *       schema, whatever its files hold (the Amplify CLI concatenates them).</li>
 *   <li>Elsewhere a file is a schema of its own, unless it uses names it does not declare that
 *       a sibling declares ({@code type Query { user: User }} beside
 *       {@code user.graphql}, or {@code extend type Query} beside the file with
 *       {@code type Query}): then it is linted with that sibling, and with what that sibling
 *       needs in turn, as the Serverless Framework's {@code schema: [a.graphql, b.graphql]}
 *       and similar set-ups merge them. When several siblings declare the name, the one whose
 *       file name is most like the file's is taken; a sibling that would declare a name twice
 *       is left out.</li>
 * </ul>
 *
 * <p>A file that others need is linted as part of them, not on its own; the first file of a
 * group (a file no other needs, or the first of files that only need each other) lints it.
 * Each folder is worked out once per run.
 */
final class SchemaFolder {

  /** One folder's schema files and what each is linted with. */
  record Plan(List<Path> files, Map<Path, List<Path>> closures, Set<Path> roots) {

    /** The files a document of {@code file} is read from: the file first. */
    List<Path> closure(Path file) {
      return closures.getOrDefault(file, List.of(file));
    }
  }

  private SchemaFolder() {}

  /** The files of the document of a file, the file itself first. */
  static List<InputFile> documentFiles(InputFile file, ExtractionContext context) {
    Path self = real(file.path());
    List<InputFile> files = new ArrayList<>();
    files.add(file);
    for (Path path : plan(file, context).closure(self)) {
      if (!path.equals(self)) {
        files.add(context.file(path));
      }
    }
    return files;
  }

  /** The files a file's document reads that are not linted on their own. */
  static Set<Path> referencedFiles(InputFile file, ExtractionContext context) {
    Path self = real(file.path());
    Plan plan = plan(file, context);
    if (!plan.roots().contains(self)) {
      return Set.of();
    }
    Set<Path> referenced = new LinkedHashSet<>(plan.closure(self));
    referenced.remove(self);
    return referenced;
  }

  private static Plan plan(InputFile file, ExtractionContext context) {
    Path folder = real(file.path()).getParent();
    List<Path> siblings = folder == null ? List.of() : schemaFiles(folder);
    if (siblings.size() < 2 || !siblings.contains(real(file.path()))) {
      Path self = real(file.path());
      return new Plan(List.of(self), Map.of(self, List.of(self)), Set.of(self));
    }
    // Worked out once per folder: kept with its first file.
    return context.file(siblings.get(0)).derived(Plan.class,
        first -> compute(folder, siblings, context));
  }

  private static Plan compute(Path folder, List<Path> paths, ExtractionContext context) {
    Map<Path, SchemaFile> files = new LinkedHashMap<>();
    for (Path path : paths) {
      SchemaFile schemaFile = SchemaFile.of(context.file(path));
      if (schemaFile.isSchema()) {
        files.put(path, schemaFile);
      }
    }
    List<Path> schemaPaths = List.copyOf(files.keySet());
    if (isAmplifySchemaFolder(folder)) {
      Map<Path, List<Path>> closures = new HashMap<>();
      for (Path path : schemaPaths) {
        List<Path> all = new ArrayList<>();
        all.add(path);
        schemaPaths.stream().filter(p -> !p.equals(path)).forEach(all::add);
        closures.put(path, all);
      }
      return new Plan(schemaPaths, closures,
          schemaPaths.isEmpty() ? Set.of() : Set.of(schemaPaths.get(0)));
    }
    Map<String, List<Path>> declaredBy = new HashMap<>();
    files.forEach((path, file) -> file.declares()
        .forEach(name -> declaredBy.computeIfAbsent(name, n -> new ArrayList<>()).add(path)));
    Map<Path, List<Path>> providers = new HashMap<>();
    Set<Path> provide = new HashSet<>();
    files.forEach((path, file) -> {
      Set<Path> found = new LinkedHashSet<>();
      for (String name : file.needs()) {
        List<Path> candidates = declaredBy.getOrDefault(name, List.of()).stream()
            .filter(p -> !p.equals(path)).toList();
        likeliest(path, candidates).ifPresent(found::add);
      }
      providers.put(path, List.copyOf(found));
      provide.addAll(found);
    });
    Map<Path, List<Path>> closures = new HashMap<>();
    for (Path path : schemaPaths) {
      closures.put(path, closure(path, files, providers));
    }
    Set<Path> roots = new LinkedHashSet<>();
    Set<Path> covered = new HashSet<>();
    for (Path path : schemaPaths) {
      if (!provide.contains(path)) {
        roots.add(path);
        covered.addAll(closures.get(path));
      }
    }
    // Files that only need each other: the first of them lints the rest.
    for (Path path : schemaPaths) {
      if (!covered.contains(path)) {
        roots.add(path);
        covered.addAll(closures.get(path));
      }
    }
    return new Plan(schemaPaths, closures, roots);
  }

  /**
   * The sibling that provides a name: the only one that declares it, else the one whose file
   * name is most like the file's ({@code schema-primary-v2} takes {@code schema-related-v2}
   * over {@code schema-related}); none when two are equally like it.
   */
  private static Optional<Path> likeliest(Path file, List<Path> candidates) {
    if (candidates.size() <= 1) {
      return candidates.stream().findFirst();
    }
    String name = stem(file);
    Path best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (Path candidate : candidates) {
      int distance = EditDistance.ignoringCase(name, stem(candidate));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
        tie = false;
      } else if (distance == bestDistance) {
        tie = true;
      }
    }
    return tie ? Optional.empty() : Optional.ofNullable(best);
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** A file and its providers, transitively, leaving out any that would declare a name twice. */
  private static List<Path> closure(Path start, Map<Path, SchemaFile> files,
      Map<Path, List<Path>> providers) {
    List<Path> members = new ArrayList<>(List.of(start));
    Set<String> declared = new HashSet<>(files.get(start).declares());
    ArrayDeque<Path> pending = new ArrayDeque<>(providers.getOrDefault(start, List.of()));
    while (!pending.isEmpty()) {
      Path next = pending.poll();
      if (members.contains(next)) {
        continue;
      }
      Set<String> names = files.get(next).declares();
      if (names.stream().anyMatch(declared::contains)) {
        continue;
      }
      members.add(next);
      declared.addAll(names);
      pending.addAll(providers.getOrDefault(next, List.of()));
    }
    return List.copyOf(members);
  }

  /** {@code amplify/backend/api/<api>/schema}: the Amplify CLI merges its files. */
  static boolean isAmplifySchemaFolder(Path folder) {
    int count = folder.getNameCount();
    return count >= 5 && folder.getName(count - 1).toString().equals("schema")
        && folder.getName(count - 3).toString().equals("api")
        && folder.getName(count - 4).toString().equals("backend")
        && folder.getName(count - 5).toString().equals("amplify");
  }

  /** The folder's .graphql/.gql files, by name. */
  private static List<Path> schemaFiles(Path folder) {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        Path name = entry.getFileName();
        if (name != null && SchemaFile.hasSchemaName(name.toString().toLowerCase(Locale.ROOT))
            && Files.isRegularFile(entry)) {
          found.add(real(folder.resolve(name)));
        }
      }
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    found.sort(null);
    return found;
  }

  /** Paths as the run names them (not resolving links, so that display paths stay relative). */
  private static Path real(Path path) {
    return path.toAbsolutePath().normalize();
  }
}
