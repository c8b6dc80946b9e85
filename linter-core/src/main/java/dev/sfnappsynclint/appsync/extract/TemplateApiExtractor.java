package dev.sfnappsynclint.appsync.extract;

import dev.sfnappsynclint.appsync.AppSyncApi;
import dev.sfnappsynclint.appsync.AppSyncTemplates;
import dev.sfnappsynclint.document.Document;
import dev.sfnappsynclint.lint.DocumentExtractor;
import dev.sfnappsynclint.lint.Extraction;
import dev.sfnappsynclint.lint.ExtractionContext;
import dev.sfnappsynclint.lint.InputFile;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.template.CloudFormationTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The AppSync APIs a CloudFormation/SAM template configures ({@link AppSyncTemplates#apis}),
 * for the rules about an API's configuration; their schemas are {@link TemplateSchemaExtractor}'s.
 */
public final class TemplateApiExtractor implements DocumentExtractor {

  private static final Set<String> EXTENSIONS = Set.of(".json", ".yaml", ".yml");

  @Override
  public Set<String> fileExtensions() {
    return EXTENSIONS;
  }

  @Override
  public String describeFiles() {
    return "a template with an AppSync API";
  }

  @Override
  public boolean hasHashComments(SourceFile file) {
    return SchemaFiles.hasHashComments(file);
  }

  @Override
  public boolean accepts(InputFile file) {
    return apis(file).map(list -> !list.isEmpty()).orElse(false);
  }

  private static Optional<List<AppSyncApi>> apis(InputFile file) {
    return file.tree().flatMap(CloudFormationTemplate::recognise).map(AppSyncTemplates::apis);
  }

  @Override
  public Extraction extract(InputFile file, ExtractionContext context) {
    List<Document> documents = new ArrayList<>(apis(file).orElse(List.of()));
    return new Extraction(documents, List.of(), List.of(file.source().orElseThrow()), List.of(),
        List.of(file.displayPath()));
  }
}
