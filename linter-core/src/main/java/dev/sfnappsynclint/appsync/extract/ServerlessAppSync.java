package dev.sfnappsynclint.appsync.extract;

import dev.sfnappsynclint.appsync.AppSyncApi;
import dev.sfnappsynclint.appsync.AuthConfiguration;
import dev.sfnappsynclint.appsync.AuthMode;
import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The AppSync APIs of a Serverless Framework service ({@code serverless.yml} with the
 * serverless-appsync-plugin): {@code appSync} (plugin v2: {@code authentication},
 * {@code additionalAuthentications}, {@code schema}) or {@code custom.appSync} (v1, one API or a
 * list: {@code authenticationType}, {@code additionalAuthenticationProviders}, {@code schema}).
 * The schema is one file, a list of files or globs, relative to the service's folder (default
 * {@code schema.graphql}); the plugin merges them into one schema.
 */
final class ServerlessAppSync {

  /** Glob walks skip these folders, as discovery does. */
  private static final Set<String> SKIPPED = Set.of("node_modules", ".serverless", ".git",
      "target", "build", "dist", "cdk.out");
  private static final int MAX_SCHEMA_FILES = 1000;

  private ServerlessAppSync() {}

  /** One API of the service. */
  record Api(String name, Node node, List<String> schemaPatterns,
      Optional<AuthConfiguration> auth, AppSyncApi configuration) {}

  static boolean hasServerlessName(String lowerCaseName) {
    return lowerCaseName.equals("serverless.yml") || lowerCaseName.equals("serverless.yaml");
  }

  static List<Api> find(Node root, String displayPath) {
    List<Api> apis = new ArrayList<>();
    if (!(root instanceof ObjectNode service)) {
      return apis;
    }
    Optional<Member> v2 = service.member("appSync");
    if (v2.isPresent() && v2.get().value() instanceof ObjectNode api) {
      apis.add(api(api, v2.get(), displayPath, "authentication", "additionalAuthentications",
          "type"));
    }
    Optional<Node> custom = service.get("custom");
    if (custom.isPresent() && custom.get() instanceof ObjectNode customs) {
      Optional<Member> v1 = customs.member("appSync");
      if (v1.isPresent()) {
        List<Node> entries = v1.get().value() instanceof ArrayNode list ? list.elements()
            : List.of(v1.get().value());
        for (Node entry : entries) {
          if (entry instanceof ObjectNode api) {
            apis.add(api(api, v1.get(), displayPath, "authenticationType",
                "additionalAuthenticationProviders", "authenticationType"));
          }
        }
      }
    }
    return apis;
  }

  private static Api api(ObjectNode api, Member member, String displayPath, String defaultKey,
      String additionalKey, String typeKey) {
    String name = api.string("name").orElse(member.name());
    List<String> patterns = new ArrayList<>();
    Optional<Node> schema = api.get("schema");
    if (schema.isEmpty()) {
      patterns.add("schema.graphql");
    } else if (schema.get() instanceof ArrayNode list) {
      list.elements().forEach(e -> e.asString().ifPresent(patterns::add));
    } else {
      schema.get().asString().ifPresent(patterns::add);
    }
    return new Api(name, api, patterns, auth(api, displayPath, defaultKey, additionalKey,
        typeKey), configuration(name, api, member, defaultKey, additionalKey, typeKey));
  }

  /**
   * The API's settings for the configuration rules: v2's {@code logging}, v1's
   * {@code logConfig} (both with {@code level}), {@code caching} ({@code transitEncryption},
   * {@code atRestEncryption}), {@code visibility}, {@code introspection}.
   */
  private static AppSyncApi configuration(String name, ObjectNode api, Member member,
      String defaultKey, String additionalKey, String typeKey) {
    List<AppSyncApi.AuthProvider> providers = new ArrayList<>();
    api.member(defaultKey).ifPresent(type -> {
      Optional<Member> typed = type.value() instanceof ObjectNode object
          ? object.member(typeKey) : Optional.of(type);
      typed.flatMap(t -> AppSyncApi.AuthProvider.of(t, true)).ifPresent(providers::add);
    });
    api.get(additionalKey).or(() -> api.get(additionalKey.replaceFirst("s$", "")))
        .filter(ArrayNode.class::isInstance).map(ArrayNode.class::cast)
        .ifPresent(list -> list.elements().stream().filter(ObjectNode.class::isInstance)
            .map(ObjectNode.class::cast)
            .forEach(entry -> entry.member(typeKey)
                .flatMap(t -> AppSyncApi.AuthProvider.of(t, false))
                .ifPresent(providers::add)));
    List<AppSyncApi.Cache> caches = new ArrayList<>();
    api.member("caching").filter(m -> m.value() instanceof ObjectNode)
        .filter(m -> ((ObjectNode) m.value()).get("enabled").flatMap(AppSyncApi::booleanValue)
            .orElse(true))
        .ifPresent(m -> caches.add(new AppSyncApi.Cache(name + ".caching", m.key(),
            ((ObjectNode) m.value()).member("transitEncryption"),
            ((ObjectNode) m.value()).member("atRestEncryption"))));
    Node at = api == member.value() ? member.key()
        : api.get("name").orElse(api);
    return new AppSyncApi(name, api.source(), at, AppSyncApi.Kind.SERVERLESS, providers,
        AppSyncApi.Logging.of(api.member("logging").or(() -> api.member("logConfig")),
            AppSyncApi.Kind.SERVERLESS),
        api.member("visibility"), api.member("introspection"), caches, List.of());
  }

  private static Optional<AuthConfiguration> auth(ObjectNode api, String displayPath,
      String defaultKey, String additionalKey, String typeKey) {
    Optional<Member> defaultMember = api.member(defaultKey);
    if (defaultMember.isEmpty()) {
      return Optional.empty();
    }
    Optional<AuthMode> defaultMode = defaultMember.get().value() instanceof ObjectNode object
        ? object.string(typeKey).flatMap(AuthMode::parse)
        : defaultMember.get().value().asString().flatMap(AuthMode::parse);
    if (defaultMode.isEmpty()) {
      return Optional.empty();
    }
    List<AuthMode> additional = new ArrayList<>();
    // The plugin's documentation writes both additionalAuthentications and the singular.
    Optional<Node> more = api.get(additionalKey)
        .or(() -> api.get(additionalKey.replaceFirst("s$", "")));
    if (more.isPresent()) {
      if (!(more.get() instanceof ArrayNode list)) {
        return Optional.empty();
      }
      for (Node entry : list.elements()) {
        Optional<AuthMode> mode = entry instanceof ObjectNode object
            ? object.string(typeKey).flatMap(AuthMode::parse) : Optional.empty();
        if (mode.isEmpty()) {
          return Optional.empty();
        }
        additional.add(mode.get());
      }
    }
    return Optional.of(new AuthConfiguration(defaultMode.get(), additional, defaultKey + " in "
        + displayPath + ":" + defaultMember.get().key().range().start().line()));
  }

  /**
   * The files the patterns name, relative to the service's folder, in the order the patterns
   * list them (each glob's matches by name). Patterns with variables ({@code ${...}}) are left
   * alone.
   */
  static List<Path> schemaFiles(Path serviceFolder, List<String> patterns) {
    Set<Path> files = new LinkedHashSet<>();
    for (String pattern : patterns) {
      if (pattern.contains("${") || pattern.isBlank()) {
        continue;
      }
      String normalized = pattern.replace('\\', '/');
      if (!normalized.contains("*") && !normalized.contains("?") && !normalized.contains("{")
          && !normalized.contains("[")) {
        Path file = serviceFolder.resolve(normalized).normalize();
        if (Files.isRegularFile(file)) {
          files.add(file);
        }
        continue;
      }
      files.addAll(glob(serviceFolder, normalized));
    }
    return List.copyOf(files);
  }

  /**
   * The patterns (of those {@link #schemaFiles} reads) that match no file: a missing file or
   * a glob without matches. With {@code schema} left out, that is the default
   * {@code schema.graphql}.
   */
  static List<String> unmatched(Path serviceFolder, List<String> patterns) {
    List<String> unmatched = new ArrayList<>();
    for (String pattern : patterns) {
      if (!pattern.contains("${") && !pattern.isBlank()
          && schemaFiles(serviceFolder, List.of(pattern)).isEmpty()) {
        unmatched.add(pattern);
      }
    }
    return unmatched;
  }

  /** Where a pattern is written: its entry under {@code schema}, else the API itself. */
  static Node patternNode(Api api, String pattern) {
    if (api.node() instanceof ObjectNode object) {
      Optional<Node> schema = object.get("schema");
      if (schema.isPresent() && schema.get() instanceof ArrayNode list) {
        for (Node element : list.elements()) {
          if (element.asString().filter(pattern::equals).isPresent()) {
            return element;
          }
        }
      }
      if (schema.isPresent()) {
        return schema.get();
      }
    }
    return api.node();
  }

  private static List<Path> glob(Path serviceFolder, String pattern) {
    int wildcard = firstWildcard(pattern);
    int slash = pattern.lastIndexOf('/', wildcard);
    Path base = slash < 0 ? serviceFolder : serviceFolder.resolve(pattern.substring(0, slash))
        .normalize();
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(base, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          Path name = dir.getFileName();
          return !dir.equals(base) && name != null
              && SKIPPED.contains(name.toString().toLowerCase(Locale.ROOT))
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (attributes.isRegularFile() && matcher.matches(serviceFolder.relativize(file))) {
            found.add(file);
          }
          return found.size() >= MAX_SCHEMA_FILES ? FileVisitResult.TERMINATE
              : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      return List.of();
    }
    found.sort(null);
    return found;
  }

  private static int firstWildcard(String pattern) {
    int first = pattern.length();
    for (char c : new char[] {'*', '?', '{', '['}) {
      int at = pattern.indexOf(c);
      if (at >= 0) {
        first = Math.min(first, at);
      }
    }
    return first;
  }
}
