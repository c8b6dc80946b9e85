package dev.sfnappsynclint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.discovery.Candidate;
import dev.sfnappsynclint.lint.LintRequest;
import dev.sfnappsynclint.lint.Linter;
import dev.sfnappsynclint.rule.RuleSettings;
import dev.sfnappsynclint.finding.ToolNotification;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken input never crashes a rule: every fixture, cut, spliced and shuffled in many ways (with
 * a fixed seed, so a failure reproduces), lints with no tool error. Malformed input is
 * a finding (ASL000, ASL001) or nothing, never an exception. Every rule runs, the policy rules
 * that are off by default too.
 */
class MutatedInputTest {

  private static final int MUTATIONS_PER_FILE = 60;

  @Test
  void noRuleCrashesOnMutatedFixtures(@TempDir Path work) throws IOException, URISyntaxException {
    Linter linter = new Linter(Linter.defaultRegistry());
    RuleSettings.Builder everyRule = RuleSettings.DEFAULTS.toBuilder();
    linter.registry().metadata().forEach(rule -> everyRule.enable(rule.id()));
    LintRequest request = LintRequest.builder(work).ruleSettings(everyRule.build()).build();
    Random random = new Random(20261128L);
    List<Path> sources;
    try (Stream<Path> files = Files.walk(Path.of(getClass().getResource("/fixtures").toURI()))) {
      sources = files.filter(Files::isRegularFile)
          .filter(p -> !p.toString().endsWith(".expected")).sorted().toList();
    }
    assertThat(sources).hasSizeGreaterThan(50);
    List<String> crashes = new ArrayList<>();
    int linted = 0;
    for (Path source : sources) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      String name = source.getFileName().toString();
      for (int i = 0; i < MUTATIONS_PER_FILE; i++) {
        String mutated = mutate(text, random);
        Path file = work.resolve(i + "-" + name);
        // getBytes replaces a surrogate pair cut in half, as an editor saving it would.
        Files.write(file, mutated.getBytes(StandardCharsets.UTF_8));
        Linter.FileResult result = linter.lint(new Candidate(file, file.getFileName().toString(),
            true), request);
        linted++;
        // A warning ("not a state machine") is fine; an error means a rule or the engine failed.
        result.notifications().stream()
            .filter(n -> n.level() == ToolNotification.Level.ERROR)
            .forEach(n -> crashes.add(name + " mutation " + n + "\n--- input:\n" + mutated));
        Files.delete(file);
      }
    }
    assertThat(linted).isEqualTo(sources.size() * MUTATIONS_PER_FILE);
    assertThat(crashes).as("tool errors (rule crashes) on mutated input").isEmpty();
  }

  /** One to three edits: delete a span, duplicate a span, replace a token, swap two lines. */
  private static String mutate(String text, Random random) {
    String out = text;
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && !out.isEmpty(); e++) {
      int at = random.nextInt(out.length());
      int length = Math.min(out.length() - at, 1 + random.nextInt(40));
      switch (random.nextInt(5)) {
        case 0 -> out = out.substring(0, at) + out.substring(at + length);
        case 1 -> out = out.substring(0, at) + out.substring(at, at + length)
            + out.substring(at);
        case 2 -> {
          String[] tokens = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "1e999", "-",
              "\"Next\": \"A\"", "\"End\": true", "\"Type\": \"Choice\"", "\"States\": {}",
              "!Sub", "!Ref x", "${X}", "&a", "*a", "\n  ", "\t", "\u0000", "é🎉"};
          out = out.substring(0, at) + tokens[random.nextInt(tokens.length)]
              + out.substring(at + Math.min(length, 3));
        }
        case 3 -> {
          String[] lines = out.split("\n", -1);
          if (lines.length > 2) {
            int a = random.nextInt(lines.length);
            int b = random.nextInt(lines.length);
            String swap = lines[a];
            lines[a] = lines[b];
            lines[b] = swap;
            out = String.join("\n", lines);
          }
        }
        default -> out = out.substring(0, at) + out.substring(at, at + length)
            .replace("\"", "").replace(":", " ") + out.substring(at + length);
      }
    }
    return out;
  }
}
