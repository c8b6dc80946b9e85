package dev.sfnappsynclint.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimilarNamesTest {

  @Test
  void hints() {
    List<String> names = List.of("Refund payment", "Look up payment", "ValidateOrder");
    assertThat(SimilarNames.hint("Refund paymnet", names)).isEqualTo(" Did you mean \"Refund payment\"?");
    assertThat(SimilarNames.hint("Validate", names)).isEqualTo(" Did you mean \"ValidateOrder\"?");
    assertThat(SimilarNames.hint("Something else", names)).isEmpty();
  }
}
