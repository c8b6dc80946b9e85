package dev.sfnappsynclint.finding;

/**
 * A finding that a suppression hid: an inline comment (in source), or the configuration's
 * {@code ignore} list or a baseline (external). Left out of reports unless asked for.
 */
public record SuppressedFinding(Finding finding, Kind kind, String justification) {

  /** The two kinds SARIF knows. */
  public enum Kind { IN_SOURCE, EXTERNAL }
}
