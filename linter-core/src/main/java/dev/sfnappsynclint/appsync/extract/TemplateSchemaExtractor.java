package dev.sfnappsynclint.appsync.extract;

import dev.sfnappsynclint.appsync.AppSyncSchemaLoader;
import dev.sfnappsynclint.appsync.AppSyncTemplates;
import dev.sfnappsynclint.appsync.AuthConfiguration;
import dev.sfnappsynclint.appsync.ParsedSchemaSource;
import dev.sfnappsynclint.appsync.SchemaProfile;
import dev.sfnappsynclint.appsync.SchemaSource;
import dev.sfnappsynclint.asl.extract.DefinitionPath;
import dev.sfnappsynclint.asl.extract.UnreadDefinitionFile;
import dev.sfnappsynclint.document.Document;
import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.lint.DocumentExtractor;
import dev.sfnappsynclint.lint.Extraction;
import dev.sfnappsynclint.lint.ExtractionContext;
import dev.sfnappsynclint.lint.InputFile;
import dev.sfnappsynclint.rule.Rule;
import dev.sfnappsynclint.rule.RuleMetadata;
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

  static final RuleMetadata MISSING_FILE = RuleMetadata.of(MissingSchemaFile.class);
  private static final RuleMetadata UNREAD_FILE = RuleMetadata.of(UnreadDefinitionFile.class);

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
  public List<Rule> rules() {
    return List.of(new MissingSchemaFile());
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
        DefinitionPath.resolve(file.path(), reference.path(),
            context.request().workingDirectory()).filter(DefinitionPath.Resolved::readable)
            .ifPresent(resolved -> files.add(resolved.path()));
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
        Optional<Path> path = readablePath(file, reference, id, context, findings);
        if (path.isEmpty()) {
          continue;
        }
        InputFile schemaFile = context.file(path.get());
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

  /**
   * The schema file a template names, when it can be read; else reports why not: a path outside
   * the linted folder is not read (ASL096), a file that is not there — or is there only in
   * another letter case — is GQL021.
   */
  private static Optional<Path> readablePath(InputFile file,
      AppSyncTemplates.Definition.File reference, String id, ExtractionContext context,
      List<Finding> findings) {
    Node value = reference.property().value();
    String named = reference.property().name() + " of " + id + " names \"" + reference.path()
        + "\"";
    Optional<DefinitionPath.Resolved> resolved = DefinitionPath.resolve(file.path(),
        reference.path(), context.request().workingDirectory());
    if (resolved.isEmpty() || resolved.get().refusal().isPresent()) {
      if (context.runs(UNREAD_FILE)) {
        findings.add(context.finding(UNREAD_FILE, named + ", " + resolved
            .flatMap(DefinitionPath.Resolved::refusal).orElse("which is not a valid path")
            + "; it was not read.", value.location()));
      }
      return Optional.empty();
    }
    Path path = resolved.get().path();
    Optional<String> caseMismatch = DefinitionPath.caseMismatch(
        file.path().toAbsolutePath().getParent(), reference.path());
    if ((caseMismatch.isPresent() || !Files.isRegularFile(path))
        && context.runs(MISSING_FILE)) {
      String problem = caseMismatch.map(actual -> "the file is \"" + actual + "\": only the "
              + "letter case differs, and packaging fails on case-sensitive file systems "
              + "(Linux, as on CI runners).")
          .orElse("there is no such file (looked for " + context.displayPath(path) + ").");
      findings.add(context.finding(MISSING_FILE, named + ", but " + problem,
          value.location()));
    }
    return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
  }

}
