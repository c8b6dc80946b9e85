package dev.sfnappsynclint.appsync.extract;

import dev.sfnappsynclint.appsync.AppSyncSchemaLoader;
import dev.sfnappsynclint.appsync.AppSyncSettings;
import dev.sfnappsynclint.appsync.AuthConfiguration;
import dev.sfnappsynclint.appsync.ParsedSchemaSource;
import dev.sfnappsynclint.appsync.SchemaProblem;
import dev.sfnappsynclint.appsync.SchemaProfile;
import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.lint.ExtractionContext;
import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.source.Location;
import dev.sfnappsynclint.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What both schema extractors share: the GQL000 rule, and loading a schema from its sources. */
final class SchemaFiles {

  static final RuleMetadata INVALID_SCHEMA = RuleMetadata.of(InvalidSchema.class);

  private SchemaFiles() {}

  static AppSyncSettings settings(ExtractionContext context) {
    return context.request().setting(AppSyncSettings.class).orElse(AppSyncSettings.DEFAULT);
  }

  /** The profile the configuration gives the schema file, else what its content asks for. */
  static SchemaProfile profile(ExtractionContext context, String displayPath,
      List<ParsedSchemaSource> sources) {
    return settings(context).profileFor(displayPath)
        .orElseGet(() -> AppSyncSchemaLoader.detectProfile(sources));
  }

  /** Loads a schema; its problems are GQL000 findings. */
  static AppSyncSchemaLoader.Loaded load(ExtractionContext context, String name,
      SourceFile primary, List<ParsedSchemaSource> sources, SchemaProfile profile,
      Optional<AuthConfiguration> auth, List<Finding> findings) {
    AppSyncSchemaLoader.Loaded loaded = AppSyncSchemaLoader.load(name, primary, sources, profile,
        auth);
    for (SchemaProblem problem : loaded.problems()) {
      findings.add(context.finding(INVALID_SCHEMA, problem.message(), problem.location()));
    }
    return loaded;
  }

  /** The GQL000 finding of a file that cannot be read. */
  static Finding unreadable(ExtractionContext context, String displayPath, String reason) {
    return context.finding(INVALID_SCHEMA, reason, new Location(displayPath,
        dev.sfnappsynclint.source.TextRange.at(new dev.sfnappsynclint.source.Position(1, 1)), ""));
  }

  /** GraphQL files have # comments; YAML templates too. */
  static boolean hasHashComments(SourceFile file) {
    String name = file.fileName().toLowerCase(Locale.ROOT);
    return SchemaFile.hasSchemaName(name) || name.endsWith(".yaml") || name.endsWith(".yml");
  }

  static List<SourceFile> files(List<ParsedSchemaSource> sources) {
    List<SourceFile> files = new ArrayList<>();
    for (ParsedSchemaSource source : sources) {
      if (!files.contains(source.source().file())) {
        files.add(source.source().file());
      }
    }
    return files;
  }
}
