package dev.sfnappsynclint.rules.payload;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sfnappsynclint.asl.intrinsic.IntrinsicCall;
import dev.sfnappsynclint.asl.intrinsic.IntrinsicExpression;
import dev.sfnappsynclint.asl.intrinsic.IntrinsicProblem;
import dev.sfnappsynclint.asl.intrinsic.IntrinsicSyntaxError;
import dev.sfnappsynclint.asl.path.JsonPath;
import dev.sfnappsynclint.asl.path.PathSyntaxError;

/**
 * Coverage-guided fuzzing of the path and intrinsic function parsers (see
 * {@code benchmarks/fuzz.sh}): whatever the text, a parser answers — never throws, never
 * overflows the stack — with a result whose every offset lies in the text.
 */
class PayloadFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void pathParserAnswersWithAPathOrALocatedError(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    JsonPath path = JsonPath.parse(text);
    for (JsonPath.Segment segment : path.segments()) {
      assertThat(segment.start()).isBetween(0, text.length());
      assertThat(segment.end()).isBetween(segment.start(), text.length());
    }
    if (path.isValid()) {
      assertThat(text).startsWith("$");
    } else {
      PathSyntaxError error = path.error().orElseThrow();
      assertThat(error.start()).isBetween(0, text.length());
      assertThat(error.end()).isBetween(error.start(), text.length());
      assertThat(error.message()).isNotBlank();
    }
  }

  @FuzzTest(maxDuration = "10m")
  void intrinsicParserAnswersWithACallOrALocatedError(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    IntrinsicExpression expression = IntrinsicExpression.parse(text);
    if (expression.isValid()) {
      IntrinsicCall call = expression.call().orElseThrow();
      assertThat(expression.depth()).isPositive();
      for (IntrinsicCall each : call.allCalls()) {
        assertThat(each.start()).isBetween(0, text.length());
        assertThat(each.end()).isBetween(each.start(), text.length());
        assertThat(each.nameEnd()).isBetween(each.start(), each.end());
      }
      for (IntrinsicProblem problem : expression.problems()) {
        assertThat(problem.start()).isBetween(0, text.length());
        assertThat(problem.end()).isBetween(problem.start(), text.length());
      }
    } else {
      IntrinsicSyntaxError error = expression.error().orElseThrow();
      assertThat(error.start()).isBetween(0, text.length());
      assertThat(error.end()).isBetween(error.start(), text.length());
      assertThat(expression.problems()).isEmpty();
    }
  }
}
