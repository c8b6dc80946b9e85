package dev.sfnappsynclint.appsync.extract;

import dev.sfnappsynclint.appsync.AuthConfiguration;
import dev.sfnappsynclint.appsync.AuthMode;
import dev.sfnappsynclint.lint.ExtractionContext;
import dev.sfnappsynclint.lint.InputFile;
import dev.sfnappsynclint.tree.ArrayNode;
import dev.sfnappsynclint.tree.Member;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An Amplify Gen 1 project's API: its schema is {@code amplify/backend/api/<api>/schema.graphql}
 * or the files of {@code amplify/backend/api/<api>/schema/}, and its auth modes are in
 * {@code amplify/backend/api/<api>/cli-inputs.json} ({@code serviceConfiguration.defaultAuthType}
 * and {@code additionalAuthTypes}, each with a {@code mode}).
 */
final class AmplifyProject {

  private AmplifyProject() {}

  /** The API folder ({@code amplify/backend/api/<api>}) of a schema file, if it is in one. */
  static Optional<Path> apiFolder(Path schemaFile) {
    Path folder = schemaFile.toAbsolutePath().normalize().getParent();
    if (folder == null) {
      return Optional.empty();
    }
    if (SchemaFolder.isAmplifySchemaFolder(folder)) {
      return Optional.ofNullable(folder.getParent());
    }
    int count = folder.getNameCount();
    boolean api = count >= 4 && folder.getName(count - 2).toString().equals("api")
        && folder.getName(count - 3).toString().equals("backend")
        && folder.getName(count - 4).toString().equals("amplify")
        && schemaFile.getFileName().toString().equals("schema.graphql");
    return api ? Optional.of(folder) : Optional.empty();
  }

  /** The auth modes {@code cli-inputs.json} gives, when it gives them as literal modes. */
  static Optional<AuthConfiguration> auth(Path apiFolder, ExtractionContext context) {
    Path inputs = apiFolder.resolve("cli-inputs.json");
    if (!Files.isRegularFile(inputs)) {
      return Optional.empty();
    }
    InputFile file = context.file(inputs);
    Optional<Node> tree = file.tree();
    if (tree.isEmpty() || !(tree.get() instanceof ObjectNode root)) {
      return Optional.empty();
    }
    ObjectNode configuration = root.get("serviceConfiguration")
        .filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast).orElse(root);
    Optional<Member> defaultType = configuration.member("defaultAuthType");
    Optional<AuthMode> defaultMode = defaultType.flatMap(AmplifyProject::mode);
    if (defaultMode.isEmpty()) {
      return Optional.empty();
    }
    List<AuthMode> additional = new ArrayList<>();
    Optional<Node> more = configuration.get("additionalAuthTypes");
    if (more.isPresent() && more.get() instanceof ArrayNode list) {
      for (Node entry : list.elements()) {
        Optional<AuthMode> mode = entry instanceof ObjectNode object
            ? object.string("mode").flatMap(AuthMode::parse) : Optional.empty();
        if (mode.isEmpty()) {
          return Optional.empty();
        }
        additional.add(mode.get());
      }
    }
    return Optional.of(new AuthConfiguration(defaultMode.get(), additional, "defaultAuthType in "
        + file.displayPath() + ":" + defaultType.get().key().range().start().line()));
  }

  private static Optional<AuthMode> mode(Member member) {
    return member.value() instanceof ObjectNode object
        ? object.string("mode").flatMap(AuthMode::parse) : Optional.empty();
  }
}
