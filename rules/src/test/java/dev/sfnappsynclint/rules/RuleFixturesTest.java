package dev.sfnappsynclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.config.ConfigurationException;
import dev.sfnappsynclint.config.ConfigurationLoader;
import dev.sfnappsynclint.discovery.Candidate;
import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.lint.Linter;
import dev.sfnappsynclint.rule.RegisteredRule;
import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.rule.RuleSettings;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule on its fixtures under {@code src/test/resources/fixtures/<rule id>/}. A
 * fixture named {@code bad-*} must produce the findings it expects, and at least one; one named
 * {@code good-*} must stay clean. Each rule has both. The test fails on a missing finding and
 * on an unexpected one.
 *
 * <p>Expected findings are written in the file they are about: on the line they start on, or
 * in {@code <file>.expected}; a template's fixture can thus expect findings in the definition
 * file its {@code DefinitionUri} names (files in sub-folders are such referenced files, not
 * fixtures). Every rule runs, as in real use (suppressions need the rules they suppress), but
 * only the findings of the rule under test and those of a file that does not parse (ASL000,
 * GQL000) are compared. The rule under test runs even when it is a policy rule that is off by
 * default, with its default options (rules' options are tested in JUnit tests of their own). A
 * fixture is linted with the configuration in {@code <fixture>.config.yml} beside it, when there
 * is one (the auth modes of the AppSync API a schema fixture belongs to); else with none.
 */
class RuleFixturesTest {

  private static final Linter LINTER = new Linter(Linter.defaultRegistry());

  @TestFactory
  Stream<DynamicNode> everyRuleAgainstItsFixtures() throws Exception {
    Path root = fixturesRoot();
    List<DynamicNode> containers = new ArrayList<>();
    for (RegisteredRule rule : LINTER.registry().rules()) {
      RuleMetadata metadata = rule.metadata();
      Path folder = root.resolve(metadata.id());
      List<Path> fixtures = fixtures(folder);
      List<DynamicNode> tests = new ArrayList<>();
      tests.add(DynamicTest.dynamicTest("has a bad and a good fixture, and no other", () -> {
        assertThat(fixtures).as("fixtures of %s %s in %s", metadata.id(), metadata.name(), folder)
            .isNotEmpty()
            .allSatisfy(f -> assertThat(f.getFileName().toString()).matches("(bad|good)-.*"))
            .anySatisfy(f -> assertThat(f.getFileName().toString()).startsWith("bad-"))
            .anySatisfy(f -> assertThat(f.getFileName().toString()).startsWith("good-"));
      }));
      for (Path fixture : fixtures) {
        tests.add(DynamicTest.dynamicTest(fixture.getFileName().toString(), fixture.toUri(),
            () -> check(metadata, fixture)));
      }
      containers.add(DynamicContainer.dynamicContainer(metadata.id() + " " + metadata.name(),
          tests));
    }
    return containers.stream();
  }

  /** An expectation together with the file it was written in. */
  private record Expectation(String path, FixtureExpectations.Expected expected) {
    @Override
    public String toString() {
      return path + ": " + expected;
    }
  }

  private static void check(RuleMetadata rule, Path fixture) throws IOException {
    Path folder = fixture.getParent();
    LintRequest.Builder builder = LintRequest.builder(folder);
    Path configuration = configurationOf(fixture);
    if (Files.exists(configuration)) {
      try {
        new ConfigurationLoader(LINTER.registry()).load(configuration, folder).applyTo(builder);
      } catch (ConfigurationException e) {
        throw new AssertionError(configuration + ": " + e.getMessage(), e);
      }
    }
    builder.ruleSettings(builder.ruleSettings().toBuilder().enable(rule.id()).build());
    LintRequest request = builder.build();
    String name = fixture.getFileName().toString();
    Linter.FileResult result = LINTER.lint(new Candidate(fixture, name, true), request);
    assertThat(result.notifications()).as("tool notifications for %s", fixture).isEmpty();

    Set<String> files = new LinkedHashSet<>();
    files.add(name);
    files.addAll(result.lintedPaths());
    List<Expectation> expectations = new ArrayList<>();
    for (String path : files) {
      Path file = folder.resolve(path);
      if (Files.isRegularFile(file)) {
        for (FixtureExpectations.Expected expected : FixtureExpectations.read(file).expected()) {
          assertThat(expected.ruleId()).as("%s may only expect %s", path, rule.id())
              .isIn(rule.id(), "ASL000", "GQL000");
          expectations.add(new Expectation(path, expected));
        }
      }
    }
    if (name.startsWith("bad-")) {
      assertThat(expectations).as("a bad- fixture expects at least one finding").isNotEmpty();
    } else {
      assertThat(expectations).as("a good- fixture expects no finding").isEmpty();
    }

    List<Finding> relevant = result.findings().stream()
        .filter(f -> f.ruleId().equals(rule.id()) || f.ruleId().equals("ASL000")
            || f.ruleId().equals("GQL000"))
        .sorted(Finding.ORDER).toList();
    List<Finding> unmatched = new ArrayList<>(relevant);
    List<Expectation> missing = new ArrayList<>();
    for (Expectation expectation : expectations) {
      Iterator<Finding> candidates = unmatched.iterator();
      boolean found = false;
      while (candidates.hasNext()) {
        Finding finding = candidates.next();
        if (finding.path().equals(expectation.path())
            && matches(expectation.expected(), finding)) {
          candidates.remove();
          found = true;
          break;
        }
      }
      if (!found) {
        missing.add(expectation);
      }
    }
    assertThat(missing).as("expected findings that %s did not report for %s; it reported:%n%s",
        rule.id(), name, describe(relevant)).isEmpty();
    assertThat(unmatched).as("unexpected findings for %s", name)
        .extracting(RuleFixturesTest::describe).isEmpty();
  }

  /**
   * The configuration a fixture is linted with: {@code <fixture>.config.yml} beside it (an
   * AppSync API's auth modes for a schema fixture, say), when there is one.
   */
  private static Path configurationOf(Path fixture) {
    return fixture.resolveSibling(fixture.getFileName() + ".config.yml");
  }

  private static boolean matches(FixtureExpectations.Expected expected, Finding finding) {
    if (!expected.ruleId().equals(finding.ruleId())) {
      return false;
    }
    if (expected.range() != null) {
      return expected.range().equals(finding.range())
          && expected.exactMessage().equals(finding.message());
    }
    return expected.line() == finding.range().start().line()
        && (expected.messagePart() == null || finding.message().contains(expected.messagePart()));
  }

  private static String describe(List<Finding> findings) {
    StringBuilder out = new StringBuilder();
    findings.forEach(f -> out.append("  ").append(describe(f)).append('\n'));
    return out.toString();
  }

  private static String describe(Finding finding) {
    return finding.path() + " " + finding.ruleId() + " " + finding.range() + " "
        + finding.message();
  }

  private static List<Path> fixtures(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      // Sub-folders hold files that fixtures reference (a template's DefinitionUri).
      return files.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().endsWith(".expected"))
          .filter(p -> !p.getFileName().toString().endsWith(".config.yml"))
          .sorted().toList();
    }
  }

  private static Path fixturesRoot() throws URISyntaxException {
    return Path.of(RuleFixturesTest.class.getResource("/fixtures").toURI());
  }
}
