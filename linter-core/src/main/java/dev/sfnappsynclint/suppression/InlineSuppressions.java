package dev.sfnappsynclint.suppression;

import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.source.LineIndex;
import dev.sfnappsynclint.source.Location;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.source.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline suppressions of one document, and which of them hid something.
 *
 * <p>YAML and GraphQL files use comments: {@code # sfn-appsync-lint-disable-next-line
 * ID[, ID] -- reason} and {@code # sfn-appsync-lint-disable-file ID}. JSON has no comments, so a
 * state (or a branch, an item processor, the whole machine) carries a marker in its own
 * {@code Comment}: {@code "sfn-appsync-lint-disable ID -- reason"}, which hides that rule's
 * findings on the object and everything inside it. The document's extractor finds those texts
 * ({@link SuppressionMarker}); this class knows no document language.
 */
public final class InlineSuppressions {

  private static final Pattern COMMENT_DIRECTIVE = Pattern.compile(
      "(?:^|\\s)(#\\s*sfn-appsync-lint-(disable-next-line|disable-file)\\b(.*))$");
  private static final Pattern COMMENT_FIELD_MARKER =
      Pattern.compile("sfn-appsync-lint-disable(?![-\\w])(.*)$", Pattern.DOTALL);

  private final List<SuppressionDirective> directives;
  private final Map<SuppressionDirective, Set<String>> used = new java.util.IdentityHashMap<>();

  private InlineSuppressions(List<SuppressionDirective> directives) {
    this.directives = List.copyOf(directives);
    for (SuppressionDirective directive : directives) {
      used.put(directive, new TreeSet<>());
    }
  }

  /**
   * Reads the suppressions of a file: its comments, and the markers its documents hold.
   *
   * @param hashComments the file's language has {@code #} line comments (YAML, GraphQL)
   * @param markers texts that may hold a marker, from the documents written in this file
   * @param ruleIds resolves a rule id or name to its id; empty when there is no such rule
   */
  public static InlineSuppressions of(SourceFile source, boolean hashComments,
      List<SuppressionMarker> markers, Function<String, Optional<String>> ruleIds) {
    List<SuppressionDirective> directives = new ArrayList<>();
    if (hashComments) {
      readCommentDirectives(source, ruleIds, directives);
    }
    for (SuppressionMarker marker : markers) {
      readMarker(marker, ruleIds, directives);
    }
    return new InlineSuppressions(directives);
  }

  private static void readCommentDirectives(SourceFile source,
      Function<String, Optional<String>> ruleIds, List<SuppressionDirective> out) {
    LineIndex lines = source.lines();
    for (int line = 1; line <= lines.lineCount(); line++) {
      String text = lines.lineText(line);
      if (text.indexOf('#') < 0) {
        continue;
      }
      Matcher matcher = COMMENT_DIRECTIVE.matcher(text);
      if (!matcher.find()) {
        continue;
      }
      int start = matcher.start(1);
      TextRange range = TextRange.of(line, start + 1, line, text.length() + 1);
      // A second '#' starts another comment, which is not part of the directive.
      String rest = matcher.group(3);
      int other = rest.indexOf('#');
      Parsed parsed = Parsed.of(other < 0 ? rest : rest.substring(0, other), ruleIds);
      SuppressionDirective.Scope scope = matcher.group(2).equals("disable-file")
          ? SuppressionDirective.Scope.FILE : SuppressionDirective.Scope.NEXT_LINE;
      out.add(new SuppressionDirective(scope, parsed.ids, parsed.unknown, parsed.reason,
          new Location(source.displayPath(), range, ""), line + 1, null, null));
    }
  }

  private static void readMarker(SuppressionMarker marker,
      Function<String, Optional<String>> ruleIds, List<SuppressionDirective> out) {
    Matcher matcher = COMMENT_FIELD_MARKER.matcher(marker.text());
    if (!matcher.find()) {
      return;
    }
    Parsed parsed = Parsed.of(matcher.group(1), ruleIds);
    out.add(new SuppressionDirective(SuppressionDirective.Scope.NODE, parsed.ids, parsed.unknown,
        parsed.reason, marker.at(), 0, marker.covers(), marker.scopeName()));
  }

  /** Rule names and the reason after {@code --}. */
  private record Parsed(Set<String> ids, Set<String> unknown, String reason) {
    static Parsed of(String rest, Function<String, Optional<String>> ruleIds) {
      String names = rest;
      String reason = "";
      int separator = rest.indexOf("--");
      if (separator >= 0) {
        names = rest.substring(0, separator);
        reason = rest.substring(separator + 2).strip();
      }
      Set<String> ids = new LinkedHashSet<>();
      Set<String> unknown = new LinkedHashSet<>();
      for (String name : names.split("[,\\s]+")) {
        if (name.isBlank()) {
          continue;
        }
        Optional<String> id = ruleIds.apply(name.strip());
        if (id.isPresent()) {
          ids.add(id.get());
        } else {
          unknown.add(name.strip());
        }
      }
      return new Parsed(Set.copyOf(ids), Set.copyOf(unknown), reason);
    }
  }

  /** The first suppression that covers the finding, marked as used. */
  public Optional<SuppressionDirective> suppress(Finding finding) {
    for (SuppressionDirective directive : directives) {
      if (directive.covers(finding.ruleId()) && applies(directive, finding)) {
        used.get(directive).add(finding.ruleId());
        return Optional.of(directive);
      }
    }
    return Optional.empty();
  }

  private static boolean applies(SuppressionDirective directive, Finding finding) {
    return switch (directive.scope()) {
      case FILE -> true;
      case NEXT_LINE -> finding.range().start().line() == directive.line();
      case NODE -> Location.covers(directive.covers(), finding.anchor());
    };
  }

  /** A suppression that hid nothing, or named rules that are no rule. */
  public record Unused(SuppressionDirective directive, String message) {}

  /**
   * Suppressions that hid nothing. A named rule that did not run (switched off) does not make a
   * suppression unused: it may be needed again when the rule is switched back on.
   */
  public List<Unused> unused(Set<String> rulesThatRan) {
    List<Unused> result = new ArrayList<>();
    for (SuppressionDirective directive : directives) {
      Set<String> hit = used.get(directive);
      for (String unknown : directive.unknownRules()) {
        result.add(new Unused(directive, "Suppression names \"" + unknown
            + "\", which is no rule; it suppresses nothing."));
      }
      if (directive.ruleIds().isEmpty()) {
        if (hit.isEmpty() && directive.unknownRules().isEmpty()) {
          result.add(new Unused(directive, "Suppression hides no finding" + where(directive)
              + "; remove it."));
        }
        continue;
      }
      for (String id : directive.ruleIds()) {
        if (!hit.contains(id) && rulesThatRan.contains(id)) {
          result.add(new Unused(directive, "Suppression of " + id + " hides no " + id
              + " finding" + where(directive) + "; remove it."));
        }
      }
    }
    return result;
  }

  private static String where(SuppressionDirective directive) {
    return switch (directive.scope()) {
      case NEXT_LINE -> " on line " + directive.line();
      case FILE -> " in this file";
      case NODE -> " in " + directive.scopeName();
    };
  }
}
