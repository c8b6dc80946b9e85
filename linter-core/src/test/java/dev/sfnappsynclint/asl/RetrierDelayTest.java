package dev.sfnappsynclint.asl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The worst-case wait of a retrier, computed by hand for each case. */
class RetrierDelayTest {

  private static List<Optional<Double>> delays(String retry) throws Exception {
    StateMachine machine = Machines.json("""
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
          "End": true, "Retry": %s}}}
        """.formatted(retry));
    return machine.states().get(0).retriers().stream().map(Retrier::worstCaseDelaySeconds)
        .toList();
  }

  @Test
  void defaultsAreOneSecondThreeAttemptsDoubling() throws Exception {
    // 1 + 2 + 4
    assertThat(delays("[{\"ErrorEquals\": [\"States.ALL\"]}]")).containsExactly(Optional.of(7.0));
  }

  @Test
  void backoffSeriesCappedByMaxDelay() throws Exception {
    // 3 + 6 + 12 + min(24, 20) + min(48, 20) = 61
    assertThat(delays("""
        [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 3, "MaxAttempts": 5,
          "BackoffRate": 2.0, "MaxDelaySeconds": 20, "JitterStrategy": "FULL"}]
        """)).containsExactly(Optional.of(61.0));
    // 10 × 4 attempts at rate 1
    assertThat(delays("""
        [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 10, "MaxAttempts": 4, "BackoffRate": 1}]
        """)).containsExactly(Optional.of(40.0));
  }

  @Test
  void noRetriesWaitNothingAndHugeSeriesStopAtAYear() throws Exception {
    assertThat(delays("""
        [{"ErrorEquals": ["A"], "MaxAttempts": 0},
         {"ErrorEquals": ["States.ALL"], "IntervalSeconds": 3600, "MaxAttempts": 99999999}]
        """)).containsExactly(Optional.of(0.0), Optional.of(366 * 24 * 3600.0));
  }

  @Test
  void unknownWhenAValueIsAPlaceholderOrMalformed() throws Exception {
    assertThat(delays("""
        [{"ErrorEquals": ["A"], "MaxAttempts": "${Retries}"},
         {"ErrorEquals": ["States.ALL"], "IntervalSeconds": 1.5}]
        """)).containsExactly(Optional.empty(), Optional.empty());
  }
}
