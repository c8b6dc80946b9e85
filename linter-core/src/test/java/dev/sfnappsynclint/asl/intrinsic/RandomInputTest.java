package dev.sfnappsynclint.asl.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfnappsynclint.asl.path.JsonPath;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random texts over the characters paths and calls are made of: both parsers answer, with
 * offsets inside the text. A fixed seed keeps the test repeatable; Jazzer (PayloadFuzzTest in
 * rules) searches more widely.
 */
class RandomInputTest {

  private static final String[] PIECES = {"$", "$$", ".", "..", "[", "]", "'", "\"", "\\", "(",
      ")", ",", " ", "*", "?", "@", ":", "-", "0", "12", "a", "name", "States.", "Format",
      "Array", "UUID", "{}", "{", "}", "true", "null", "1.5", "e3", "States.Format(", "$.a"};

  @Test
  void parsersAnswerEveryText() {
    Random random = new Random(20261201L);
    for (int i = 0; i < 30_000; i++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(16);
      for (int p = 0; p < pieces; p++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String input = text.toString();
      JsonPath path = JsonPath.parse(input);
      path.error().ifPresent(e -> assertThat(e.end()).as(input).isBetween(e.start(),
          input.length()));
      IntrinsicExpression expression = IntrinsicExpression.parse(input);
      expression.error().ifPresent(e -> assertThat(e.end()).as(input).isBetween(e.start(),
          input.length()));
      for (IntrinsicProblem problem : expression.problems()) {
        assertThat(problem.end()).as(input).isBetween(problem.start(), input.length());
      }
    }
  }
}
