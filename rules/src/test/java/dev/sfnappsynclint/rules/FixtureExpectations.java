package dev.sfnappsynclint.rules;

import dev.sfnappsynclint.source.TextRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The findings a fixture expects: {@code violation ID 'text'} markers in comments on the line a
 * finding starts on ({@code //} in {@code .jsonc}, {@code #} in YAML and GraphQL), and lines
 * {@code ID L:C-L:C message} in a {@code <fixture>.expected} file beside it.
 */
record FixtureExpectations(List<Expected> expected) {

  /** One expected finding; {@code range} and {@code exactMessage} are set by .expected files. */
  record Expected(String ruleId, int line, String messagePart, TextRange range,
      String exactMessage) {

    @Override
    public String toString() {
      return range != null
          ? ruleId + " " + range + " " + exactMessage
          : ruleId + " at line " + line + (messagePart == null ? "" : " '" + messagePart + "'");
    }
  }

  private static final Pattern INLINE =
      Pattern.compile("(?://|#).*?violation\\s+((?:ASL|GQL)\\d{3})(?:\\s+'([^']*)')?");
  private static final Pattern MORE = Pattern.compile("violation\\s+((?:ASL|GQL)\\d{3})(?:\\s+'([^']*)')?");
  private static final Pattern EXPECTED_LINE =
      Pattern.compile("((?:ASL|GQL)\\d{3}) (\\d+):(\\d+)-(\\d+):(\\d+) (.*)");

  static FixtureExpectations read(Path fixture) throws IOException {
    List<Expected> expected = new ArrayList<>();
    List<String> lines = Files.readAllLines(fixture, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      Matcher first = INLINE.matcher(lines.get(i));
      if (!first.find()) {
        continue;
      }
      Matcher each = MORE.matcher(lines.get(i).substring(first.start()));
      while (each.find()) {
        expected.add(new Expected(each.group(1), i + 1, each.group(2), null, null));
      }
    }
    Path expectedFile = fixture.resolveSibling(fixture.getFileName() + ".expected");
    if (Files.exists(expectedFile)) {
      for (String line : Files.readAllLines(expectedFile, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        Matcher matcher = EXPECTED_LINE.matcher(line);
        if (!matcher.matches()) {
          throw new IllegalArgumentException(expectedFile + ": cannot read line: " + line);
        }
        TextRange range = TextRange.of(Integer.parseInt(matcher.group(2)),
            Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)),
            Integer.parseInt(matcher.group(5)));
        expected.add(new Expected(matcher.group(1), range.start().line(), null, range,
            matcher.group(6)));
      }
    }
    return new FixtureExpectations(List.copyOf(expected));
  }
}
