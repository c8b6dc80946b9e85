package dev.sfnappsynclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.discovery.Candidate;
import dev.sfnappsynclint.lint.Finding;
import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.lint.Linter;
import dev.sfnappsynclint.rule.RegisteredRule;
import dev.sfnappsynclint.rule.RuleMetadata;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule on its fixtures under {@code src/test/resources/fixtures/<rule id>/}: each
 * rule must have a fixture with findings and one that stays clean; the test fails on a missing
 * finding and on an unexpected one. Every rule runs, as in real use (suppressions need the rules
 * they suppress), but only the findings of the rule under test and ASL000 are compared, so
 * fixtures need not be clean for other rules.
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
      tests.add(DynamicTest.dynamicTest("has a fixture with findings and a clean one", () -> {
        assertThat(fixtures)
            .as("fixtures of %s %s in %s", metadata.id(), metadata.name(), folder)
            .isNotEmpty();
        long withFindings = 0;
        long clean = 0;
        for (Path fixture : fixtures) {
          if (FixtureExpectations.read(fixture).expected().isEmpty()) {
            clean++;
          } else {
            withFindings++;
          }
        }
        assertThat(withFindings).as("fixtures of %s that expect findings", metadata.id())
            .isPositive();
        assertThat(clean).as("fixtures of %s that must stay clean", metadata.id()).isPositive();
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

  private static void check(RuleMetadata rule, Path fixture) throws IOException {
    FixtureExpectations expectations = FixtureExpectations.read(fixture);
    for (FixtureExpectations.Expected expected : expectations.expected()) {
      assertThat(expected.ruleId()).as("fixture %s may only expect %s", fixture, rule.id())
          .isIn(rule.id(), "ASL000");
    }
    LintRequest request = LintRequest.builder(fixture.getParent()).build();
    Linter.FileResult result = LINTER.lint(
        new Candidate(fixture, fixture.getFileName().toString(), true), request);
    assertThat(result.notifications()).as("tool notifications for %s", fixture).isEmpty();

    List<Finding> relevant = result.findings().stream()
        .filter(f -> f.ruleId().equals(rule.id()) || f.ruleId().equals("ASL000"))
        .sorted(Finding.ORDER).toList();
    List<Finding> unmatched = new ArrayList<>(relevant);
    List<FixtureExpectations.Expected> missing = new ArrayList<>();
    for (FixtureExpectations.Expected expected : expectations.expected()) {
      Iterator<Finding> candidates = unmatched.iterator();
      boolean found = false;
      while (candidates.hasNext()) {
        Finding finding = candidates.next();
        if (matches(expected, finding)) {
          candidates.remove();
          found = true;
          break;
        }
      }
      if (!found) {
        missing.add(expected);
      }
    }
    assertThat(missing).as("expected findings that %s did not report in %s; it reported:%n%s",
        rule.id(), fixture.getFileName(), describe(relevant)).isEmpty();
    assertThat(unmatched).as("unexpected findings in %s", fixture.getFileName())
        .extracting(RuleFixturesTest::describe).isEmpty();
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
    return finding.ruleId() + " " + finding.range() + " " + finding.message();
  }

  private static List<Path> fixtures(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      // Sub-folders hold files that fixtures reference (a template's DefinitionUri).
      return files.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().endsWith(".expected"))
          .sorted().toList();
    }
  }

  private static Path fixturesRoot() throws URISyntaxException {
    return Path.of(RuleFixturesTest.class.getResource("/fixtures").toURI());
  }
}
