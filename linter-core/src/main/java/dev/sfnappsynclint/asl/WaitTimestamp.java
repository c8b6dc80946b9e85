package dev.sfnappsynclint.asl;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timestamps a Wait state's {@code Timestamp} accepts: "Timestamps must conform to the
 * RFC3339 profile of ISO 8601, with the further restrictions that an uppercase T must separate
 * the date and time portions, and an uppercase Z must denote that a numeric time zone offset is
 * not present, for example, 2024-08-18T17:33:00Z"
 * (https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html). Fractional seconds
 * are allowed (Step Functions truncates them) and so is a numeric offset such as
 * {@code +01:00}.
 */
public final class WaitTimestamp {

  private static final Pattern RFC3339 = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?(Z|[+-](\\d{2}):(\\d{2}))");
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern WEEK_DATE = Pattern.compile("\\d{4}-?W\\d{2}(-?\\d)?([Tt ].*)?");
  private static final Pattern ORDINAL_DATE = Pattern.compile("\\d{4}-\\d{3}([Tt ].*)?");
  private static final Pattern LOWERCASE = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");
  private static final Pattern NO_SEPARATOR = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}( |_)?\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:?\\d{2})?");
  private static final Pattern NO_ZONE =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
  private static final Pattern COMPACT_OFFSET =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?[+-]\\d{2}(\\d{2})?");
  private static final Pattern NO_SECONDS =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})");

  private WaitTimestamp() {
  }

  /**
   * Why Step Functions does not accept the text as a Wait timestamp, as the end of a sentence
   * ("the date and time must be separated by an uppercase T"); empty when it does.
   */
  public static Optional<String> defect(String text) {
    Matcher m = RFC3339.matcher(text);
    if (m.matches()) {
      return dateDefect(m.group(1), m.group(2), m.group(3))
          .or(() -> timeDefect(m.group(4), m.group(5), m.group(6)))
          .or(() -> m.group(9) == null ? Optional.empty() : offsetDefect(m.group(9), m.group(10)));
    }
    if (FieldValue.isJsonataExpression(text.strip())) {
      return Optional.of("it is a JSONata expression, which only a JSONata state evaluates");
    }
    if (text.isBlank()) {
      return Optional.of("it is empty");
    }
    if (!text.equals(text.strip())) {
      return Optional.of("it has leading or trailing white space");
    }
    if (WEEK_DATE.matcher(text).matches()) {
      return Optional.of("it is an ISO 8601 week date; RFC 3339 takes only calendar dates "
          + "(YYYY-MM-DD)");
    }
    if (ORDINAL_DATE.matcher(text).matches()) {
      return Optional.of("it is an ISO 8601 ordinal date; RFC 3339 takes only calendar dates "
          + "(YYYY-MM-DD)");
    }
    if (LOWERCASE.matcher(text).matches()) {
      return Optional.of("the T separator and the Z zone must be uppercase");
    }
    if (NO_SEPARATOR.matcher(text).matches()) {
      return Optional.of("an uppercase T must separate the date and the time");
    }
    if (NO_ZONE.matcher(text).matches()) {
      return Optional.of("it has no time zone: end it with Z (UTC) or an offset such as +01:00");
    }
    if (COMPACT_OFFSET.matcher(text).matches()) {
      return Optional.of("the offset must be written with a colon, such as +01:00");
    }
    if (NO_SECONDS.matcher(text).matches()) {
      return Optional.of("the time needs seconds (HH:MM:SS)");
    }
    if (DATE.matcher(text).matches()) {
      return Optional.of("it is a date without a time; write YYYY-MM-DDTHH:MM:SSZ");
    }
    return Optional.of("it is not of the form YYYY-MM-DDTHH:MM:SSZ");
  }

  private static Optional<String> dateDefect(String year, String month, String day) {
    try {
      LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      return Optional.empty();
    } catch (DateTimeException e) {
      return Optional.of(year + "-" + month + "-" + day + " is not a date in the calendar");
    }
  }

  private static Optional<String> timeDefect(String hour, String minute, String second) {
    // RFC 3339 allows second 60 (a leap second); not flagged, AWS's behaviour is not documented.
    if (Integer.parseInt(hour) > 23 || Integer.parseInt(minute) > 59
        || Integer.parseInt(second) > 60) {
      return Optional.of(hour + ":" + minute + ":" + second + " is not a time of day (hours "
          + "00-23, minutes and seconds 00-59)");
    }
    return Optional.empty();
  }

  private static Optional<String> offsetDefect(String hours, String minutes) {
    if (Integer.parseInt(hours) > 23 || Integer.parseInt(minutes) > 59) {
      return Optional.of("the offset " + hours + ":" + minutes + " is not a time zone offset");
    }
    return Optional.empty();
  }
}
