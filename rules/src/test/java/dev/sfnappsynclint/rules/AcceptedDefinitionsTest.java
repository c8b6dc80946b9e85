package dev.sfnappsynclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.discovery.Candidate;
import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.lint.Linter;
import dev.sfnappsynclint.rule.Severity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The acceptance catalogue: definitions that AWS accepts (written for this project, modelled on
 * the examples of the AWS documentation for every state type, both query languages and
 * Distributed Map) must never get an error-level finding. An error is a claim that AWS rejects
 * the definition or that it fails at run time; these files prove the claim is not made falsely.
 * Warnings and notes are allowed. Each file under {@code src/test/resources/accepted/} is linted
 * on its own, with every rule at its default settings.
 */
class AcceptedDefinitionsTest {

  private static final Linter LINTER = new Linter(Linter.defaultRegistry());

  @TestFactory
  Stream<DynamicTest> everyAcceptedDefinitionIsFreeOfErrors() throws Exception {
    Path root = Path.of(AcceptedDefinitionsTest.class.getResource("/accepted").toURI());
    List<Path> files = files(root);
    assertThat(files).as("files in %s", root).hasSizeGreaterThanOrEqualTo(3);
    return files.stream().map(file -> DynamicTest.dynamicTest(
        root.relativize(file).toString(), file.toUri(), () -> check(file)));
  }

  private static void check(Path file) {
    Path folder = file.getParent();
    LintRequest request = LintRequest.builder(folder).build();
    Linter.FileResult result =
        LINTER.lint(new Candidate(file, file.getFileName().toString(), true), request);
    assertThat(result.notifications()).as("tool notifications for %s", file).isEmpty();
    assertThat(result.lintedPaths()).as("%s is linted as a definition", file).isNotEmpty();
    List<String> errors = result.findings().stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .sorted(Finding.ORDER)
        .map(f -> f.path() + " " + f.ruleId() + " " + f.range() + " " + f.message())
        .toList();
    assertThat(errors).as("error-level findings on %s, which AWS accepts", file).isEmpty();
  }

  private static List<Path> files(Path root) throws IOException, URISyntaxException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
