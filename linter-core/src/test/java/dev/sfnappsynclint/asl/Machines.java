package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.template.CloudFormationTemplate;
import dev.sfnappsynclint.template.EmbeddedText;
import dev.sfnappsynclint.tree.JsonTreeReader;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.SyntaxException;
import dev.sfnappsynclint.tree.TreeLimits;
import dev.sfnappsynclint.tree.YamlTreeReader;
import java.nio.file.Path;
import java.util.Map;

/** Builds models the way the linter does: from a standalone file, or from a template. */
final class Machines {

  private Machines() {}

  static StateMachine json(String json) throws SyntaxException {
    SourceFile source = new SourceFile(Path.of("m.asl.json"), "m.asl.json", json);
    return StateMachineBuilder.build(source, "m", readJson(source), WorkflowTypeSetting.DEFAULT);
  }

  static StateMachine json(String json, WorkflowTypeSetting type) throws SyntaxException {
    SourceFile source = new SourceFile(Path.of("m.asl.json"), "m.asl.json", json);
    return StateMachineBuilder.build(source, "m", readJson(source), type);
  }

  /**
   * The first state machine of a YAML template; a {@code DefinitionUri} is read from
   * {@code files} (name to text).
   */
  static StateMachine template(String yaml, Map<String, String> files) throws SyntaxException {
    SourceFile source = new SourceFile(Path.of("template.yaml"), "template.yaml", yaml);
    CloudFormationTemplate template = CloudFormationTemplate
        .recognise(new YamlTreeReader(TreeLimits.DEFAULT).read(source)).orElseThrow();
    StateMachineResources.Resource resource = StateMachineResources.find(template).get(0);
    WorkflowTypeSetting type = resource.workflowType().orElse(WorkflowTypeSetting.DEFAULT);
    String id = resource.resource().logicalId();
    if (resource.definition() instanceof StateMachineResources.Definition.Tree tree) {
      return StateMachineBuilder.build(source, id, tree.definition(), type, resource.context());
    }
    if (resource.definition() instanceof StateMachineResources.Definition.Text text) {
      EmbeddedText quoted = text.text().withBarePlaceholdersQuoted();
      Node root = new JsonTreeReader(TreeLimits.DEFAULT, false).read(source, quoted.text(),
          quoted.offsets(), quoted.ends(), text.property().pointer());
      return StateMachineBuilder.build(source, id, root, type, resource.context());
    }
    if (resource.definition() instanceof StateMachineResources.Definition.File file) {
      SourceFile definition = new SourceFile(Path.of(file.path()), file.path(),
          files.get(file.path()));
      Node root = file.path().endsWith(".json") ? readJson(definition)
          : new YamlTreeReader(TreeLimits.DEFAULT).read(definition);
      return StateMachineBuilder.build(definition, id, root, type, resource.context());
    }
    throw new AssertionError("no definition the linter can read: " + resource.definition());
  }

  static StateMachine template(String yaml) throws SyntaxException {
    return template(yaml, Map.of());
  }

  /** As the linter reads a JSON file: bare placeholders quoted, taking no room in the file. */
  private static Node readJson(SourceFile source) throws SyntaxException {
    EmbeddedText text = EmbeddedText.whole(source).withBarePlaceholdersQuoted();
    return new JsonTreeReader(TreeLimits.DEFAULT, false).read(source, text.text(),
        text.offsets(), text.ends(), "");
  }
}
