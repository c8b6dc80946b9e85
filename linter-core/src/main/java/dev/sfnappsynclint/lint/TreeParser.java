package dev.sfnappsynclint.lint;

import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.template.EmbeddedText;
import dev.sfnappsynclint.tree.JsonTreeReader;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.SyntaxException;
import dev.sfnappsynclint.tree.TreeLimits;
import dev.sfnappsynclint.tree.YamlTreeReader;
import java.util.Locale;

/**
 * Chooses JSON or YAML by the file's extension and reads the located tree, the way every
 * JSON/YAML document (state machine, template) is read. Thread-safe.
 */
public final class TreeParser {

  private final JsonTreeReader json;
  private final JsonTreeReader jsonWithComments;
  private final YamlTreeReader yaml;

  public TreeParser(TreeLimits limits) {
    this.json = new JsonTreeReader(limits, false);
    this.jsonWithComments = new JsonTreeReader(limits, true);
    this.yaml = new YamlTreeReader(limits);
  }

  public Node parse(SourceFile source) throws SyntaxException {
    String name = source.fileName().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonc")) {
      return jsonWithComments.read(source);
    }
    if (name.endsWith(".json")) {
      try {
        return json.read(source);
      } catch (SyntaxException e) {
        // A definition file that a template's DefinitionSubstitutions fill in may hold bare
        // placeholders ("MaxAttempts": ${Retries}); read those as opaque values.
        if (!source.text().contains("${")) {
          throw e;
        }
        EmbeddedText text = EmbeddedText.whole(source).withBarePlaceholdersQuoted();
        try {
          return json.read(source, text.text(), text.offsets(), text.ends(), "");
        } catch (SyntaxException ignored) {
          throw e;
        }
      }
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return yaml.read(source);
    }
    // Unknown extension (*.asl, or a file the user named): JSON if it looks like JSON, else YAML.
    return source.text().stripLeading().startsWith("{") ? json.read(source) : yaml.read(source);
  }

  /** JSON text embedded in a template, with bare placeholders read as opaque values. */
  public Node parseEmbedded(EmbeddedText embedded, String pointerPrefix) throws SyntaxException {
    EmbeddedText text = embedded.withBarePlaceholdersQuoted();
    return json.read(embedded.file(), text.text(), text.offsets(), text.ends(), pointerPrefix);
  }
}
