package dev.sfnappsynclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.config.ConfigurationException;
import dev.sfnappsynclint.config.ConfigurationLoader;
import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.finding.LintResult;
import dev.sfnappsynclint.lint.Linter;
import dev.sfnappsynclint.rule.RegisteredRule;
import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.rule.RuleSettings;
import dev.sfnappsynclint.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lints the examples in every rule's help, as a reader of {@code docs/rules/} would copy them:
 * the {@code ## Example} must produce a finding of the rule, the {@code ## Fix} must not (and
 * must have no error-level finding at all), and neither may make the tool complain.
 *
 * <p>The convention the help follows, so that each example is a set of whole files:
 * <ul>
 *   <li>every fenced code block in the {@code ## Example} section (up to {@code ## Fix}) and in
 *       the {@code ## Fix} section (up to the next {@code ## } heading) is one whole file, in a
 *       {@code json}, {@code yaml} or {@code graphql} fence;</li>
 *   <li>a line that is only a code span and a colon, just before the fence
 *       (<code>`statemachine/order.asl.json`:</code>), names the file, relative to the folder of
 *       the example;</li>
 *   <li>a block without such a line is named after its language: {@code statemachine.asl.json}
 *       for JSON; {@code template.yaml} for YAML with a top-level {@code Resources},
 *       {@code AWSTemplateFormatVersion} or {@code Transform}, else
 *       {@code statemachine.asl.yaml}; {@code schema.graphql} for GraphQL;</li>
 *   <li>a block named {@code .sfn-appsync-lint.yml} is the configuration the example is linted
 *       with (an AppSync API's auth modes, a workflow type), not a file to lint;</li>
 *   <li>the files of one section are written to one folder and linted together, so a template
 *       and the definition file its {@code DefinitionUri} names are shown as two blocks.</li>
 * </ul>
 *
 * <p>Both sections are linted with the rule under test switched on — a policy rule that is off
 * by default too, with its default options — and every other rule as a user gets it.
 */
class RuleHelpExamplesTest {

  private static final Linter LINTER = new Linter(Linter.defaultRegistry());

  /** The example's configuration, when it shows one. */
  private static final String CONFIGURATION = ".sfn-appsync-lint.yml";

  /** A line that names the file of the code block after it: {@code `path`:}. */
  private static final Pattern FILE_NAME = Pattern.compile("`([^`\\s]+)`:");

  private static final Pattern FENCE = Pattern.compile("```(\\w*)\\s*");

  private static final Pattern TEMPLATE_KEY =
      Pattern.compile("(?m)^(Resources|AWSTemplateFormatVersion|Transform)\\s*:");

  /** One code block of the help, as the file it stands for. */
  record ExampleFile(String name, String language, String content) {}

  @TestFactory
  Stream<DynamicNode> everyRulesExampleTriggersItAndItsFixDoesNot(@TempDir Path work) {
    List<DynamicNode> containers = new ArrayList<>();
    for (RegisteredRule registered : LINTER.registry().rules()) {
      RuleMetadata rule = registered.metadata();
      Path folder = work.resolve(rule.id());
      containers.add(DynamicContainer.dynamicContainer(rule.id() + " " + rule.name(), List.of(
          DynamicTest.dynamicTest("## Example triggers " + rule.id(),
              () -> checkExample(rule, folder.resolve("example"))),
          DynamicTest.dynamicTest("## Fix is clean of " + rule.id(),
              () -> checkFix(rule, folder.resolve("fix"))))));
    }
    return containers.stream();
  }

  private static void checkExample(RuleMetadata rule, Path folder) throws IOException {
    List<ExampleFile> files = files(rule, "## Example", "## Fix");
    LintResult result = lint(rule, "## Example", files, folder);
    assertThat(result.findings()).as("findings of %s in its ## Example:%n%s%nfound:%n%s",
            rule.id(), show(files), describe(result.findings()))
        .anyMatch(f -> f.ruleId().equals(rule.id()));
    assertThat(result.findings()).as("error-level findings of other rules in the ## Example of "
            + "%s (an example shows one problem):%n%s", rule.id(), show(files))
        .filteredOn(f -> f.severity() == Severity.ERROR && !f.ruleId().equals(rule.id()))
        .extracting(RuleHelpExamplesTest::describe)
        .isEmpty();
  }

  private static void checkFix(RuleMetadata rule, Path folder) throws IOException {
    List<ExampleFile> files = files(rule, "## Fix", "## ");
    LintResult result = lint(rule, "## Fix", files, folder);
    assertThat(result.findings()).as("findings of %s or at error level in its ## Fix:%n%s",
            rule.id(), show(files))
        .filteredOn(f -> f.ruleId().equals(rule.id()) || f.severity() == Severity.ERROR)
        .extracting(RuleHelpExamplesTest::describe)
        .isEmpty();
  }

  /** Writes the files to a new folder, lints it, and checks that every file was linted. */
  private static LintResult lint(RuleMetadata rule, String section, List<ExampleFile> files,
      Path folder) throws IOException {
    assertThat(files).as("code blocks in the %s section of the help of %s", section, rule.id())
        .isNotEmpty();
    assertThat(files).as("file names in the %s section of %s", section, rule.id())
        .extracting(ExampleFile::name).doesNotHaveDuplicates()
        .allSatisfy(name -> assertThat(Path.of(name).isAbsolute()
                || Path.of(name).normalize().startsWith(".."))
            .as("%s is inside the example's folder", name).isFalse());
    Files.createDirectories(folder);
    for (ExampleFile file : files) {
      Path path = folder.resolve(file.name()).normalize();
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.content(), StandardCharsets.UTF_8);
    }
    LintRequest.Builder request = LintRequest.builder(folder).path(Path.of("."));
    if (files.stream().anyMatch(f -> f.name().equals(CONFIGURATION))) {
      try {
        new ConfigurationLoader(LINTER.registry()).load(folder.resolve(CONFIGURATION), folder)
            .applyTo(request);
      } catch (ConfigurationException e) {
        throw new AssertionError("the configuration of the " + section + " of " + rule.id()
            + ": " + e.getMessage(), e);
      }
    }
    request.ruleSettings(request.ruleSettings().toBuilder().enable(rule.id()).build());
    LintResult result = LINTER.lint(request.build());
    assertThat(result.notifications()).as("tool notifications for the %s of %s", section,
        rule.id()).isEmpty();
    assertThat(result.lintedPaths()).as("files linted for the %s of %s (a file that is neither a "
            + "state machine nor a template is silently skipped)", section, rule.id())
        .containsAll(files.stream().map(ExampleFile::name)
            .filter(name -> !name.equals(CONFIGURATION)).toList());
    return result;
  }

  /**
   * The code blocks of one section of the help: from the line {@code start} to the next line
   * that starts with {@code end}.
   */
  static List<ExampleFile> files(RuleMetadata rule, String start, String end) {
    List<String> lines = rule.help().lines().toList();
    int from = lines.indexOf(start);
    assertThat(from).as("a %s section in the help of %s", start, rule.id()).isNotNegative();
    List<ExampleFile> files = new ArrayList<>();
    for (int i = from + 1; i < lines.size() && !lines.get(i).startsWith(end); i++) {
      Matcher open = FENCE.matcher(lines.get(i));
      if (!open.matches()) {
        continue;
      }
      String language = open.group(1);
      assertThat(language).as("language of the code block at line %d of the help of %s",
          i + 1, rule.id()).isIn("json", "yaml", "graphql");
      Matcher named = FILE_NAME.matcher(lines.get(i - 1));
      StringBuilder content = new StringBuilder();
      int close = i + 1;
      while (close < lines.size() && !lines.get(close).equals("```")) {
        content.append(lines.get(close)).append('\n');
        close++;
      }
      assertThat(close).as("the end of the code block at line %d of the help of %s", i + 1,
          rule.id()).isLessThan(lines.size());
      String text = content.toString();
      String name = named.matches() ? named.group(1) : defaultName(language, text);
      files.add(new ExampleFile(name, language, text));
      i = close;
    }
    return files;
  }

  static String defaultName(String language, String content) {
    if (language.equals("json")) {
      return "statemachine.asl.json";
    }
    if (language.equals("graphql")) {
      return "schema.graphql";
    }
    return TEMPLATE_KEY.matcher(content).find() ? "template.yaml" : "statemachine.asl.yaml";
  }

  private static String show(List<ExampleFile> files) {
    return files.stream().map(f -> "--- " + f.name() + "\n" + f.content())
        .collect(Collectors.joining());
  }

  private static String describe(List<Finding> findings) {
    return findings.stream().map(f -> "  " + describe(f) + "\n").collect(Collectors.joining());
  }

  private static String describe(Finding finding) {
    return finding.path() + ":" + finding.range().start().line() + ":"
        + finding.range().start().column() + " " + finding.ruleId() + " " + finding.message();
  }
}
