package dev.sfnappsynclint.asl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WaitTimestampTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "2024-08-18T17:33:00Z",
      "2024-03-14T01:59:00Z",
      "2024-08-18T17:33:00.123Z",
      "2024-08-18T17:33:00.123456789Z",
      "2024-08-18T17:33:00+01:00",
      "2024-08-18T17:33:00-05:30",
      "2028-02-29T23:59:59Z",
      "2016-12-31T23:59:60Z"
  })
  void acceptsTheRfc3339ProfileAwsDocuments(String text) {
    assertThat(WaitTimestamp.defect(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2026-02-30T10:00:00Z | not a date in the calendar",
      "2027-02-29T10:00:00Z | not a date in the calendar",
      "2026-13-01T10:00:00Z | not a date in the calendar",
      "2026-03-01T25:00:00Z | not a time of day",
      "2026-03-01T10:61:00Z | not a time of day",
      "2026-03-01 10:00:00Z | uppercase T must separate",
      "2026-03-0110:00:00Z | uppercase T must separate",
      "2026-03-01T10:00:00 | no time zone",
      "2026-03-01T10:00 | no time zone",
      "2026-W10-2T10:00:00Z | week date",
      "2026W102 | week date",
      "2026-060T10:00:00Z | ordinal date",
      "2026-03-01t10:00:00Z | must be uppercase",
      "2026-03-01T10:00:00z | must be uppercase",
      "{% $states.input.at %} | JSONata expression",
      "2026-03-01T10:00:00+0100 | with a colon",
      "2026-03-01T10:00:00+25:00 | not a time zone offset",
      "2026-03-01T10:00Z | needs seconds",
      "2026-03-01 | date without a time",
      "tomorrow | not of the form",
      "' 2026-03-01T10:00:00Z' | white space"
  })
  void explainsWhatAwsRejects(String text, String reason) {
    assertThat(WaitTimestamp.defect(text)).hasValueSatisfying(d -> assertThat(d).contains(reason));
  }
}
