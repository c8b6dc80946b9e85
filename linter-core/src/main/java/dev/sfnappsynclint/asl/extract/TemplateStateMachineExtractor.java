package dev.sfnappsynclint.asl.extract;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.StateMachineBuilder;
import dev.sfnappsynclint.asl.WorkflowTypes;
import dev.sfnappsynclint.asl.StateMachineResources;
import dev.sfnappsynclint.asl.WorkflowTypeSetting;
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
import dev.sfnappsynclint.source.TextRange;
import dev.sfnappsynclint.suppression.SuppressionMarker;
import dev.sfnappsynclint.template.CloudFormationTemplate;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.SyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The state machines of a CloudFormation/SAM template, in every form a definition can be
 * written: {@code Definition}, {@code DefinitionString} (plain, {@code Fn::Sub},
 * {@code Fn::Join}), and a local file named by {@code DefinitionUri}/{@code
 * DefinitionS3Location}, which is then linted with the template (its substitutions, its
 * workflow type) rather than on its own.
 */
public final class TemplateStateMachineExtractor implements DocumentExtractor {

  private static final RuleMetadata MISSING_FILE = RuleMetadata.of(MissingDefinitionFile.class);
  private static final RuleMetadata UNREAD_FILE = RuleMetadata.of(UnreadDefinitionFile.class);

  @Override
  public Set<String> fileExtensions() {
    return AslFiles.EXTENSIONS;
  }

  @Override
  public String describeFiles() {
    return "a CloudFormation/SAM template";
  }

  @Override
  public List<Rule> rules() {
    return List.of(new MissingDefinitionFile(), new UnreadDefinitionFile());
  }

  @Override
  public boolean hasHashComments(SourceFile file) {
    return AslFiles.isYaml(file);
  }

  @Override
  public boolean accepts(InputFile file) {
    if (AslFiles.hasAslName(file)) {
      return false;
    }
    Optional<Node> tree = file.tree();
    if (tree.isEmpty()) {
      // A file named like a template that does not parse is reported; other broken files are
      // not ours.
      return AslFiles.hasTemplateName(file);
    }
    return !AslFiles.looksLikeStateMachine(tree.get())
        && CloudFormationTemplate.recognise(tree.get()).isPresent();
  }

  @Override
  public Set<Path> referencedFiles(InputFile file, ExtractionContext context) {
    Set<Path> files = new LinkedHashSet<>();
    Optional<CloudFormationTemplate> template = file.tree().flatMap(CloudFormationTemplate::recognise);
    if (template.isEmpty()) {
      return files;
    }
    for (StateMachineResources.Resource resource : StateMachineResources.find(template.get())) {
      if (resource.definition() instanceof StateMachineResources.Definition.File reference) {
        DefinitionPath.resolve(file.path(), reference.path(), context.request().workingDirectory())
            .filter(DefinitionPath.Resolved::readable)
            .ifPresent(resolved -> files.add(resolved.path()));
      }
    }
    return files;
  }

  @Override
  public Extraction extract(InputFile file, ExtractionContext context) {
    Optional<Node> tree = file.tree();
    if (tree.isEmpty()) {
      return Extraction.findingsOnly(List.of(AslFiles.invalidSyntax(file, context)),
          file.displayPath());
    }
    SourceFile templateSource = file.source().orElseThrow();
    CloudFormationTemplate cfn = CloudFormationTemplate.recognise(tree.get()).orElseThrow();
    List<Document> machines = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<SourceFile> sources = new ArrayList<>(List.of(templateSource));
    List<SuppressionMarker> markers = new ArrayList<>();
    Set<String> linted = new LinkedHashSet<>(List.of(file.displayPath()));
    for (StateMachineResources.Resource resource : StateMachineResources.find(cfn)) {
      String id = resource.resource().logicalId();
      StateMachineResources.Definition definition = resource.definition();
      StateMachine machine = null;
      if (definition instanceof StateMachineResources.Definition.Tree written) {
        machine = machine(context, templateSource, id, written.definition(), resource);
      } else if (definition instanceof StateMachineResources.Definition.Text text) {
        try {
          Node root = context.parser().parseEmbedded(text.text(), text.property().pointer());
          machine = machine(context, templateSource, id, root, resource);
        } catch (SyntaxException e) {
          findings.add(context.finding(AslFiles.INVALID_SYNTAX, "DefinitionString of " + id + ": "
              + e.getMessage(), new Location(file.displayPath(), TextRange.at(e.position()),
                  text.property().pointer())));
        }
      } else if (definition instanceof StateMachineResources.Definition.TooLarge large) {
        findings.add(context.finding(AslFiles.INVALID_SYNTAX, "DefinitionString of " + id
            + " joins into " + large.characters() + " characters, above the "
            + StateMachineResources.MAX_JOINED_CHARACTERS + "-character limit; it was not "
            + "linted.", large.property().location()));
      } else if (definition instanceof StateMachineResources.Definition.File reference) {
        Node value = reference.property().value();
        Optional<DefinitionPath.Resolved> resolved = DefinitionPath.resolve(file.path(),
            reference.path(), context.request().workingDirectory());
        String named = reference.property().name() + " of " + id + " names \""
            + reference.path() + "\"";
        if (resolved.isEmpty() || resolved.get().refusal().isPresent()) {
          if (context.runs(UNREAD_FILE)) {
            findings.add(context.finding(UNREAD_FILE, named + ", " + resolved
                .flatMap(DefinitionPath.Resolved::refusal).orElse("which is not a valid path")
                + "; it was not read.", value.location()));
          }
          continue;
        }
        Path path = resolved.get().path();
        Optional<String> caseMismatch = DefinitionPath.caseMismatch(
            file.path().toAbsolutePath().getParent(), reference.path());
        if (caseMismatch.isPresent() || !Files.isRegularFile(path)) {
          if (context.runs(MISSING_FILE)) {
            String problem = caseMismatch.map(actual -> "the file is \"" + actual + "\": only the "
                    + "letter case differs, and the build fails on case-sensitive file systems "
                    + "(Linux, as on CI runners).")
                .orElse("there is no such file (looked for " + context.displayPath(path) + ").");
            findings.add(context.finding(MISSING_FILE, named + ", but " + problem,
                value.location()));
          }
          if (!Files.isRegularFile(path)) {
            continue;
          }
        }
        InputFile referenced = context.file(path);
        linted.add(referenced.displayPath());
        Optional<Node> root = referenced.tree();
        if (root.isEmpty()) {
          findings.add(AslFiles.invalidSyntax(referenced, context));
          continue;
        }
        SourceFile definitionSource = referenced.source().orElseThrow();
        sources.add(definitionSource);
        machine = machine(context, definitionSource, id, root.get(), resource);
      }
      if (machine != null) {
        machines.add(machine);
        markers.addAll(CommentMarkers.of(machine));
      }
    }
    return new Extraction(machines, findings, sources, markers, List.copyOf(linted));
  }

  private static StateMachine machine(ExtractionContext context, SourceFile source,
      String logicalId, Node root, StateMachineResources.Resource resource) {
    WorkflowTypeSetting type = resource.workflowType()
        .orElseGet(() -> context.request().setting(WorkflowTypes.class)
        .orElse(WorkflowTypes.DEFAULT).forFile(source.displayPath()));
    return StateMachineBuilder.build(source, logicalId, root, type, resource.context());
  }

}
