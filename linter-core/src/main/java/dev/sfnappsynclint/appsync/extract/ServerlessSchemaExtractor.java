package dev.sfnappsynclint.appsync.extract;

import dev.sfnappsynclint.appsync.AppSyncSchemaLoader;
import dev.sfnappsynclint.appsync.AuthConfiguration;
import dev.sfnappsynclint.appsync.ParsedSchemaSource;
import dev.sfnappsynclint.appsync.SchemaProfile;
import dev.sfnappsynclint.document.Document;
import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.lint.DocumentExtractor;
import dev.sfnappsynclint.lint.Extraction;
import dev.sfnappsynclint.lint.ExtractionContext;
import dev.sfnappsynclint.lint.InputFile;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.tree.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The AppSync APIs of a Serverless Framework service ({@link ServerlessAppSync}): each API's
 * schema files, merged as the plugin merges them, linted with the API's auth modes; the schema
 * files are linted with the service rather than on their own.
 */
public final class ServerlessSchemaExtractor implements DocumentExtractor {

  private static final Set<String> EXTENSIONS = Set.of(".yml", ".yaml");

  @Override
  public Set<String> fileExtensions() {
    return EXTENSIONS;
  }

  @Override
  public String describeFiles() {
    return "a serverless.yml with an AppSync API";
  }

  @Override
  public boolean hasHashComments(SourceFile file) {
    return SchemaFiles.hasHashComments(file);
  }

  @Override
  public boolean accepts(InputFile file) {
    return ServerlessAppSync.hasServerlessName(file.lowerCaseName())
        && !apis(file).isEmpty();
  }

  private static List<ServerlessAppSync.Api> apis(InputFile file) {
    return file.tree().map(root -> ServerlessAppSync.find(root, file.displayPath()))
        .orElse(List.of());
  }

  @Override
  public Set<Path> referencedFiles(InputFile file, ExtractionContext context) {
    Set<Path> files = new LinkedHashSet<>();
    for (ServerlessAppSync.Api api : apis(file)) {
      files.addAll(ServerlessAppSync.schemaFiles(folder(file), api.schemaPatterns()));
    }
    return files;
  }

  @Override
  public Extraction extract(InputFile file, ExtractionContext context) {
    List<Document> documents = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Set<String> linted = new LinkedHashSet<>(List.of(file.displayPath()));
    List<SourceFile> files = new ArrayList<>(List.of(file.source().orElseThrow()));
    for (ServerlessAppSync.Api api : apis(file)) {
      documents.add(api.configuration());
      List<ParsedSchemaSource> sources = new ArrayList<>();
      if (context.runs(TemplateSchemaExtractor.MISSING_FILE)) {
        for (String pattern : ServerlessAppSync.unmatched(folder(file), api.schemaPatterns())) {
          boolean glob = pattern.chars().anyMatch(c -> "*?{[".indexOf(c) >= 0);
          findings.add(context.finding(TemplateSchemaExtractor.MISSING_FILE, "The schema of "
              + "AppSync API " + api.name() + " is \"" + pattern + "\"" + (api.node()
                  instanceof ObjectNode o && o.get("schema").isEmpty()
                  ? " (the plugin's default)" : "") + ", but " + (glob
                  ? "the pattern matches no file" : "there is no such file")
              + " beside " + file.displayPath() + ".",
              ServerlessAppSync.patternNode(api, pattern).location()));
        }
      }
      for (Path path : ServerlessAppSync.schemaFiles(folder(file), api.schemaPatterns())) {
        InputFile schemaFile = context.file(path);
        linted.add(schemaFile.displayPath());
        SchemaFile read = SchemaFile.of(schemaFile);
        if (read.parsed().isEmpty()) {
          findings.add(SchemaFiles.unreadable(context, schemaFile.displayPath(),
              schemaFile.unreadableReason().orElse("The file cannot be read.")));
          continue;
        }
        sources.add(read.parsed().get());
        if (!files.contains(read.parsed().get().source().file())) {
          files.add(read.parsed().get().source().file());
        }
      }
      if (sources.isEmpty()) {
        continue;
      }
      String primary = sources.get(0).source().file().displayPath();
      SchemaProfile profile = SchemaFiles.profile(context, primary, sources);
      Optional<AuthConfiguration> auth = api.auth()
          .or(() -> SchemaFiles.settings(context).forSchema(primary));
      AppSyncSchemaLoader.Loaded loaded = SchemaFiles.load(context, api.name(),
          sources.get(0).source().file(), sources, profile, auth, findings);
      documents.add(loaded.schema());
    }
    return new Extraction(documents, findings, files, List.of(), List.copyOf(linted));
  }

  private static Path folder(InputFile file) {
    return file.path().toAbsolutePath().normalize().getParent();
  }
}
