package dev.sfnappsynclint.lint;

import dev.sfnappsynclint.document.Document;
import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.finding.RelatedLocation;
import dev.sfnappsynclint.finding.SuggestedFix;
import dev.sfnappsynclint.finding.ToolNotification;
import dev.sfnappsynclint.rule.DocumentRule;
import dev.sfnappsynclint.rule.Findings;
import dev.sfnappsynclint.rule.RegisteredRule;
import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.rule.RuleOptions;
import dev.sfnappsynclint.rule.RuleRegistry;
import dev.sfnappsynclint.rule.RuleSettings;
import dev.sfnappsynclint.source.Location;
import dev.sfnappsynclint.source.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs the enabled rules registered for a document's type on it. A rule that throws loses its
 * findings for that document and becomes a tool notification; the other rules still run.
 */
final class RuleRunner {

  private final RuleRegistry registry;
  private final Predicate<RuleMetadata> runs;
  private final RuleSettings settings;

  RuleRunner(RuleRegistry registry, Predicate<RuleMetadata> runs, RuleSettings settings) {
    this.registry = registry;
    this.runs = runs;
    this.settings = settings;
  }

  void check(Document document, List<Finding> findings, List<ToolNotification> notifications) {
    for (RegisteredRule registered : registry.rulesFor(document.getClass())) {
      RuleMetadata metadata = registered.metadata();
      if (!runs.test(metadata)) {
        continue;
      }
      Collector collector = new Collector(metadata);
      try {
        check(registered.rule(), document, collector);
        collector.drafts.forEach(draft -> findings.add(draft.finding()));
      } catch (RuntimeException | StackOverflowError e) {
        String path = document.source().displayPath();
        notifications.add(new ToolNotification(ToolNotification.Level.ERROR, path,
            metadata.id(), "Rule " + metadata.id() + " " + metadata.name() + " failed on "
                + path + (document.name().equals(document.source().fileName()) ? ""
                    : " (" + document.name() + ")") + ": " + Linter.describe(e)));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <D extends Document> void check(Object rule, Document document,
      Findings findings) {
    DocumentRule<D> documentRule = (DocumentRule<D>) rule;
    documentRule.check(documentRule.documentType().cast(document), findings);
  }

  /** The findings of one rule on one document, built up as the rule reports. */
  private final class Collector implements Findings {
    private final RuleMetadata rule;
    private final List<Draft> drafts = new ArrayList<>();

    Collector(RuleMetadata rule) {
      this.rule = rule;
    }

    @Override
    public RuleOptions options() {
      return settings.options(rule);
    }

    @Override
    public Reported report(Location location, String message) {
      Draft draft = new Draft(rule, location, message);
      drafts.add(draft);
      return draft;
    }
  }

  private final class Draft implements Findings.Reported {
    private final RuleMetadata rule;
    private final Location location;
    private final String message;
    private final List<RelatedLocation> related = new ArrayList<>();
    private SuggestedFix fix;

    Draft(RuleMetadata rule, Location location, String message) {
      this.rule = rule;
      this.location = location;
      this.message = message;
    }

    @Override
    public Findings.Reported related(Location at, String text) {
      related.add(new RelatedLocation(at, text));
      return this;
    }

    @Override
    public Findings.Reported fix(String description, List<TextEdit> edits) {
      fix = new SuggestedFix(description, edits);
      return this;
    }

    @Override
    public Findings.Reported fix(String description, Supplier<List<TextEdit>> edits) {
      fix = new SuggestedFix(description, edits);
      return this;
    }

    Finding finding() {
      return new Finding(rule.id(), rule.name(), settings.severity(rule), message, location,
          related, Optional.ofNullable(fix));
    }
  }
}
