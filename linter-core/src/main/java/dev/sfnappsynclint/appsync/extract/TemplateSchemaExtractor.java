package dev.sfnappsynclint.appsync.extract;

import dev.sfnappsynclint.appsync.AppSyncSchemaLoader;
import dev.sfnappsynclint.appsync.AppSyncTemplates;
import dev.sfnappsynclint.appsync.AuthConfiguration;
import dev.sfnappsynclint.appsync.ParsedSchemaSource;
import dev.sfnappsynclint.appsync.SchemaProfile;
import dev.sfnappsynclint.appsync.SchemaSource;
import dev.sfnappsynclint.document.Document;
import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.lint.DocumentExtractor;
import dev.sfnappsynclint.lint.Extraction;
import dev.sfnappsynclint.lint.ExtractionContext;
import dev.sfnappsynclint.lint.InputFile;
import dev.sfnappsynclint.source.Location;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.template.CloudFormationTemplate;
import dev.sfnappsynclint.template.EmbeddedText;
import dev.sfnappsynclint.tree.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The AppSync schemas of a CloudFormation/SAM template ({@link AppSyncTemplates}), each linted
 * with its API's auth configuration: a schema written inline maps every finding to the
 * template's line and column; a schema in a local file is linted with the template rather than
 * on its own. A template with no AppSync schema is left to the other extractors.
 */
public final class TemplateSchemaExtractor implements DocumentExtractor {

  private static final Set<String> EXTENSIONS = Set.of(".json", ".yaml", ".yml");

  @Override
  public Set<String> fileExtensions() {
    return EXTENSIONS;
  }

  @Override
  public String describeFiles() {
    return "a template with an AppSync schema";
  }

  @Override
  public boolean hasHashComments(SourceFile file) {
    return SchemaFiles.hasHashComments(file);
  }

  @Override
  public boolean accepts(InputFile file) {
    return schemas(file).map(list -> !list.isEmpty()).orElse(false);
  }

  private static Optional<List<AppSyncTemplates.Schema>> schemas(InputFile file) {
    return file.tree().flatMap(CloudFormationTemplate::recognise).map(AppSyncTemplates::find);
  }

  @Override
  public Set<Path> referencedFiles(InputFile file, ExtractionContext context) {
    Set<Path> files = new LinkedHashSet<>();
    for (AppSyncTemplates.Schema schema : schemas(file).orElse(List.of())) {
      if (schema.definition() instanceof AppSyncTemplates.Definition.File reference) {
        Path path = resolve(file, reference.path());
        if (Files.isRegularFile(path)) {
          files.add(path);
        }
      }
    }
    return files;
  }

  @Override
  public Extraction extract(InputFile file, ExtractionContext context) {
    SourceFile template = file.source().orElseThrow();
    List<Document> documents = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<SourceFile> files = new ArrayList<>(List.of(template));
    Set<String> linted = new LinkedHashSet<>(List.of(file.displayPath()));
    for (AppSyncTemplates.Schema schema : schemas(file).orElse(List.of())) {
      String id = schema.resource().logicalId();
      ParsedSchemaSource parsed;
      String schemaPath;
      if (schema.definition() instanceof AppSyncTemplates.Definition.Inline inline) {
        Node value = inline.property().value();
        parsed = ParsedSchemaSource.parse(SchemaSource.embedded(EmbeddedText.of(inline.text()),
            file.displayPath() + "#" + value.pointer()));
        schemaPath = file.displayPath();
      } else {
        AppSyncTemplates.Definition.File reference =
            (AppSyncTemplates.Definition.File) schema.definition();
        Path path = resolve(file, reference.path());
        if (!Files.isRegularFile(path)) {
          continue;
        }
        InputFile schemaFile = context.file(path);
        linted.add(schemaFile.displayPath());
        SchemaFile read = SchemaFile.of(schemaFile);
        if (read.parsed().isEmpty()) {
          findings.add(SchemaFiles.unreadable(context, schemaFile.displayPath(),
              schemaFile.unreadableReason().orElse("The file cannot be read.")));
          continue;
        }
        parsed = read.parsed().get();
        schemaPath = schemaFile.displayPath();
        if (!files.contains(parsed.source().file())) {
          files.add(parsed.source().file());
        }
      }
      if (parsed.document().isEmpty()) {
        ParsedSchemaSource.Problem problem = parsed.problem().orElseThrow();
        findings.add(context.finding(SchemaFiles.INVALID_SCHEMA, id + ": " + problem.message(),
            new Location(parsed.source().file().displayPath(),
                parsed.source().range(problem.offset(), problem.offset() + 1), "")));
        continue;
      }
      List<ParsedSchemaSource> sources = List.of(parsed);
      SchemaProfile profile = SchemaFiles.profile(context, schemaPath, sources);
      Optional<AuthConfiguration> auth = schema.auth()
          .or(() -> SchemaFiles.settings(context).forSchema(schemaPath));
      AppSyncSchemaLoader.Loaded loaded = SchemaFiles.load(context, id,
          parsed.source().file(), sources, profile, auth, findings);
      documents.add(loaded.schema());
    }
    return new Extraction(documents, findings, files, List.of(), List.copyOf(linted));
  }

  private static Path resolve(InputFile template, String relative) {
    return template.path().toAbsolutePath().getParent().resolve(relative).normalize();
  }
}
