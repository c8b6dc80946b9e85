package dev.sfnappsynclint.rule;

import dev.sfnappsynclint.source.Location;
import dev.sfnappsynclint.source.TextEdit;
import dev.sfnappsynclint.tree.Node;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Where a rule reports what it found. A node of a JSON/YAML document gives its own location
 * (range and JSON Pointer); other documents report a {@link Location} with their own anchor.
 */
public interface Findings {

  /** The options the rule runs with (configuration, else the rule's declared defaults). */
  default RuleOptions options() {
    return RuleOptions.NONE;
  }

  /** Reports a finding; the returned handle adds related locations and a fix to it. */
  Reported report(Location location, String message);

  default Reported report(Location location, String format, Object... arguments) {
    return report(location, String.format(Locale.ROOT, format, arguments));
  }

  default Reported report(Node node, String message) {
    return report(node.location(), message);
  }

  default Reported report(Node node, String format, Object... arguments) {
    return report(node.location(), String.format(Locale.ROOT, format, arguments));
  }

  /** A finding just reported, to which a rule may add what else it knows. */
  interface Reported {

    /** Another place the finding concerns: "the retrier that shadows this one". */
    Reported related(Location location, String message);

    default Reported related(Node node, String message) {
      return related(node.location(), message);
    }

    /** A change that resolves the finding. */
    Reported fix(String description, List<TextEdit> edits);

    /**
     * A change that resolves the finding, whose edits {@code edits} computes only if a report
     * or {@code --fix} asks for them (once). It must give the edits the rule would have given
     * at once: whether there is a fix is decided now.
     */
    Reported fix(String description, Supplier<List<TextEdit>> edits);
  }
}
