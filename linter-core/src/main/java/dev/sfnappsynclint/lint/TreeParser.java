package dev.sfnappsynclint.lint;

import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.tree.JsonTreeReader;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.SyntaxException;
import dev.sfnappsynclint.tree.TreeLimits;
import dev.sfnappsynclint.tree.YamlTreeReader;
import java.util.Locale;

/** Chooses JSON or YAML by the file's extension and reads the located tree. Thread-safe. */
final class TreeParser {

  private final JsonTreeReader json;
  private final JsonTreeReader jsonWithComments;
  private final YamlTreeReader yaml;

  TreeParser(TreeLimits limits) {
    this.json = new JsonTreeReader(limits, false);
    this.jsonWithComments = new JsonTreeReader(limits, true);
    this.yaml = new YamlTreeReader(limits);
  }

  Node parse(SourceFile source) throws SyntaxException {
    String name = source.fileName().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonc")) {
      return jsonWithComments.read(source);
    }
    if (name.endsWith(".json")) {
      return json.read(source);
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return yaml.read(source);
    }
    // Unknown extension (a file the user named): JSON if it looks like JSON, else YAML.
    return source.text().stripLeading().startsWith("{") ? json.read(source) : yaml.read(source);
  }
}
