package dev.sfnappsynclint.asl.extract;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.StateMachineBuilder;
import dev.sfnappsynclint.asl.WorkflowTypes;
import dev.sfnappsynclint.lint.DocumentExtractor;
import dev.sfnappsynclint.lint.Extraction;
import dev.sfnappsynclint.lint.ExtractionContext;
import dev.sfnappsynclint.lint.InputFile;
import dev.sfnappsynclint.rule.Rule;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.tree.Node;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A file that is one state machine: named {@code *.asl.json}/{@code *.asl.yaml}/{@code *.asl},
 * or any JSON/YAML file with {@code StartAt} and {@code States} at the top level. A file named
 * as a state machine, or named by the user, that does not parse is an {@code ASL000} finding.
 */
public final class StandaloneDefinitionExtractor implements DocumentExtractor {


  @Override
  public Set<String> fileExtensions() {
    return AslFiles.EXTENSIONS;
  }

  @Override
  public String describeFiles() {
    return "a state machine (no StartAt and States at the top level)";
  }

  @Override
  public List<Rule> rules() {
    return List.of(new InvalidSyntax());
  }

  @Override
  public boolean hasHashComments(SourceFile file) {
    return AslFiles.isYaml(file);
  }

  @Override
  public boolean accepts(InputFile file) {
    if (AslFiles.hasAslName(file)) {
      return true;
    }
    Optional<Node> tree = file.tree();
    if (tree.isPresent()) {
      return AslFiles.looksLikeStateMachine(tree.get());
    }
    // A broken template is the template extractor's; a broken file the user named is ours.
    return file.givenByUser() && !AslFiles.hasTemplateName(file);
  }

  @Override
  public Extraction extract(InputFile file, ExtractionContext context) {
    Optional<Node> tree = file.tree();
    if (tree.isEmpty()) {
      return Extraction.findingsOnly(List.of(AslFiles.invalidSyntax(file, context)),
          file.displayPath());
    }
    SourceFile source = file.source().orElseThrow();
    StateMachine machine = StateMachineBuilder.build(source, source.fileName(), tree.get(),
        context.request().setting(WorkflowTypes.class)
        .orElse(WorkflowTypes.DEFAULT).forFile(file.displayPath()));
    return new Extraction(List.of(machine), List.of(), List.of(source),
        CommentMarkers.of(machine), List.of(file.displayPath()));
  }
}
