package dev.sfnappsynclint.appsync.extract;

import dev.sfnappsynclint.appsync.AppSyncSchemaLoader;
import dev.sfnappsynclint.appsync.AuthConfiguration;
import dev.sfnappsynclint.appsync.ParsedSchemaSource;
import dev.sfnappsynclint.appsync.SchemaProfile;
import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.lint.DocumentExtractor;
import dev.sfnappsynclint.lint.Extraction;
import dev.sfnappsynclint.lint.ExtractionContext;
import dev.sfnappsynclint.lint.InputFile;
import dev.sfnappsynclint.rule.Rule;
import dev.sfnappsynclint.source.Location;
import dev.sfnappsynclint.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * GraphQL schema files ({@code .graphql}, {@code .gql}): each is an {@link
 * dev.sfnappsynclint.appsync.AppSyncSchema}, merged with the sibling files it needs (see {@link
 * SchemaFolder}). A file of client operations only is not a schema and is left alone. A file
 * that does not parse or validate is a {@code GQL000} finding; a file that a template deploys is
 * linted with the template instead, with the template's auth configuration. The auth modes come
 * from an Amplify Gen 1 project's {@code cli-inputs.json} (see {@link AmplifyProject}), else the
 * configuration, else the command line.
 */
public final class SchemaFileExtractor implements DocumentExtractor {

  @Override
  public Set<String> fileExtensions() {
    return SchemaFile.EXTENSIONS;
  }

  @Override
  public String describeFiles() {
    return "a GraphQL schema (.graphql/.gql with type definitions)";
  }

  @Override
  public List<Rule> rules() {
    return List.of(new InvalidSchema());
  }

  @Override
  public boolean hasHashComments(SourceFile file) {
    return SchemaFiles.hasHashComments(file);
  }

  @Override
  public boolean accepts(InputFile file) {
    return SchemaFile.hasSchemaName(file) && SchemaFile.of(file).isSchema();
  }

  @Override
  public Set<Path> referencedFiles(InputFile file, ExtractionContext context) {
    return SchemaFolder.referencedFiles(file, context);
  }

  @Override
  public Extraction extract(InputFile file, ExtractionContext context) {
    SchemaFile schemaFile = SchemaFile.of(file);
    if (schemaFile.parsed().isEmpty()) {
      return Extraction.findingsOnly(List.of(SchemaFiles.unreadable(context, file.displayPath(),
          file.unreadableReason().orElse("The file cannot be read."))), file.displayPath());
    }
    if (!schemaFile.parses()) {
      // Nothing else can be checked until it parses: validating the rest would only repeat it.
      ParsedSchemaSource parsed = schemaFile.parsed().get();
      ParsedSchemaSource.Problem problem = parsed.problem().orElseThrow();
      return Extraction.findingsOnly(List.of(context.finding(SchemaFiles.INVALID_SCHEMA,
          problem.message(), new Location(file.displayPath(),
              parsed.source().range(problem.offset(), problem.offset() + 1), ""))),
          file.displayPath());
    }
    List<Finding> findings = new ArrayList<>();
    Set<String> linted = new LinkedHashSet<>();
    List<ParsedSchemaSource> sources = new ArrayList<>();
    for (InputFile member : SchemaFolder.documentFiles(file, context)) {
      linted.add(member.displayPath());
      SchemaFile memberFile = SchemaFile.of(member);
      if (memberFile.parsed().isPresent()) {
        sources.add(memberFile.parsed().get());
      } else {
        findings.add(SchemaFiles.unreadable(context, member.displayPath(),
            member.unreadableReason().orElse("The file cannot be read.")));
      }
    }
    SourceFile primary = file.source().orElseThrow();
    Optional<Path> amplifyApi = AmplifyProject.apiFolder(file.path());
    // An Amplify project's schema is an Amplify source schema, whatever it uses.
    SchemaProfile profile = SchemaFiles.settings(context).profileFor(file.displayPath())
        .orElse(amplifyApi.isPresent() ? SchemaProfile.AMPLIFY
            : SchemaFiles.profile(context, file.displayPath(), sources));
    Optional<AuthConfiguration> auth = amplifyApi.flatMap(api -> AmplifyProject.auth(api, context))
        .or(() -> SchemaFiles.settings(context).forSchema(file.displayPath()));
    AppSyncSchemaLoader.Loaded loaded = SchemaFiles.load(context, primary.fileName(), primary,
        sources, profile, auth, findings);
    return new Extraction(List.of(loaded.schema()), findings, SchemaFiles.files(sources), List.of(),
        List.copyOf(linted));
  }
}
