package dev.sfnappsynclint.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

  /** The plain O(n·m) Levenshtein distance the banded one must agree with. */
  private static int reference(String a, String b) {
    a = a.toLowerCase(Locale.ROOT);
    b = b.toLowerCase(Locale.ROOT);
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        d[i][j] = Math.min(d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1),
            Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
      }
    }
    return d[a.length()][b.length()];
  }

  @Test
  void theBandedDistanceAgreesWithTheFullOneWithinItsLimit() {
    Random random = new Random(42);
    for (int n = 0; n < 20_000; n++) {
      String a = word(random);
      String b = random.nextBoolean() ? mutate(a, random) : word(random);
      int limit = random.nextInt(5);
      int expected = reference(a, b);
      assertThat(EditDistance.ignoringCase(a, b, limit)).as("%s ~ %s within %d", a, b, limit)
          .isEqualTo(Math.min(expected, limit + 1));
    }
  }

  @Test
  void withoutALimitItIsTheFullDistance() {
    assertThat(EditDistance.ignoringCase("aws_cognito_user_pool", "aws_cognito_user_pools"))
        .isEqualTo(1);
    assertThat(EditDistance.ignoringCase("Refund", "refund")).isZero();
    assertThat(EditDistance.ignoringCase("kitten", "sitting")).isEqualTo(3);
  }

  private static String word(Random random) {
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      out.append((char) ('a' + random.nextInt(4)));
    }
    return out.toString();
  }

  private static String mutate(String word, Random random) {
    StringBuilder out = new StringBuilder(word);
    for (int edits = random.nextInt(4); edits > 0; edits--) {
      int at = out.length() == 0 ? 0 : random.nextInt(out.length());
      switch (random.nextInt(3)) {
        case 0 -> out.insert(at, (char) ('a' + random.nextInt(4)));
        case 1 -> { if (out.length() > 0) out.deleteCharAt(at); }
        default -> { if (out.length() > 0) out.setCharAt(at, Character.toUpperCase(out.charAt(at))); }
      }
    }
    return out.toString();
  }
}
