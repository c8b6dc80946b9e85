package dev.sfnappsynclint.lint;

import dev.sfnappsynclint.discovery.Candidate;
import dev.sfnappsynclint.discovery.FileDiscovery;
import dev.sfnappsynclint.document.Document;
import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.finding.ToolNotification;
import dev.sfnappsynclint.rule.RegisteredRule;
import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.rule.RuleRegistry;
import dev.sfnappsynclint.source.Location;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.source.SourceReader;
import dev.sfnappsynclint.suppression.SuppressionMarker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One run's shared setup and the stages that work on one file: which extractors accept it
 * (parsing it once), what it references, and linting it — extract documents, run rules, filter.
 * Thread-safe: files are processed in parallel.
 */
final class LintRun implements ExtractionContext {

  /** A file after classification: the extractors that accept it (none: it is not ours). */
  record Claimed(Candidate candidate, InputFile file, List<DocumentExtractor> extractors,
      List<ToolNotification> notes) {

    static Claimed failed(Candidate candidate, List<ToolNotification> notes) {
      return new Claimed(candidate, null, List.of(), notes);
    }
  }

  private final LintRequest request;
  private final FileDiscovery discovery;
  private final List<DocumentExtractor> extractors;
  private final SourceReader reader;
  private final TreeParser parser;
  private final Set<String> enabledIds;
  private final RuleRunner rules;
  private final FindingFilter filter;
  private final Map<Path, InputFile> files = new ConcurrentHashMap<>();
  private final List<RuleMetadata> enabledRules;

  LintRun(LintRequest request, FileDiscovery discovery, RuleRegistry registry,
      List<DocumentExtractor> extractors) {
    this.request = request;
    this.discovery = discovery;
    this.extractors = extractors;
    this.reader = new SourceReader(request.maxFileBytes());
    this.parser = new TreeParser(request.treeLimits());
    this.enabledRules = registry.rules().stream().map(RegisteredRule::metadata)
        .filter(request::runs).toList();
    this.enabledIds = FindingFilter.ids(enabledRules);
    this.rules = new RuleRunner(registry, request::runs, request.ruleSettings());
    RuleMetadata unused = RuleMetadata.of(UnusedSuppression.class);
    this.filter = new FindingFilter(name -> registry.find(name).map(r -> r.metadata().id()),
        enabledIds, request.ignores(), runs(unused)
            ? Optional.of(u -> finding(unused, u.message(), u.directive().at()))
            : Optional.empty());
  }

  List<RuleMetadata> enabledRules() {
    return enabledRules;
  }

  // ---- ExtractionContext

  @Override
  public LintRequest request() {
    return request;
  }

  @Override
  public InputFile file(Path path) {
    return files.computeIfAbsent(Linter.realPath(path), real -> new InputFile(
        new Candidate(path, discovery.displayPath(path.toAbsolutePath().normalize()), true),
        reader, parser));
  }

  @Override
  public TreeParser parser() {
    return parser;
  }

  @Override
  public String displayPath(Path path) {
    return discovery.displayPath(path.toAbsolutePath().normalize());
  }

  @Override
  public boolean runs(RuleMetadata rule) {
    return enabledIds.contains(rule.id()) || !rule.canBeDisabled();
  }

  @Override
  public Finding finding(RuleMetadata rule, String message, Location location) {
    return new Finding(rule.id(), rule.name(), request.ruleSettings().severity(rule), message,
        location.path(), location.range(), location.anchor());
  }

  // ---- Stages

  /** Stage 2: which extractors accept the file. The file is kept only when one does. */
  Claimed claim(Candidate candidate) {
    InputFile file = new InputFile(candidate, reader, parser);
    List<DocumentExtractor> offered = extractors.stream()
        .filter(e -> e.fileExtensions().stream().anyMatch(file.lowerCaseName()::endsWith))
        .toList();
    if (offered.isEmpty() && candidate.givenByUser()) {
      offered = extractors;
    }
    List<DocumentExtractor> accepting = offered.stream().filter(e -> e.accepts(file)).toList();
    if (accepting.isEmpty()) {
      List<ToolNotification> notes = candidate.givenByUser()
          ? List.of(new ToolNotification(ToolNotification.Level.WARNING, candidate.displayPath(),
              null, "Neither " + extractors.stream().map(DocumentExtractor::describeFiles)
                  .collect(Collectors.joining(" nor ")) + "; not linted."))
          : List.of();
      return new Claimed(candidate, file, List.of(), notes);
    }
    files.putIfAbsent(Linter.realPath(candidate.path()), file);
    return new Claimed(candidate, file, accepting, List.of());
  }

  /** Files the claimed file's documents read, which are not linted on their own. */
  Set<Path> referencedFiles(Claimed claimed) {
    Set<Path> referenced = new LinkedHashSet<>();
    for (DocumentExtractor extractor : claimed.extractors()) {
      extractor.referencedFiles(claimed.file(), this).forEach(p -> referenced.add(Linter.realPath(p)));
    }
    return referenced;
  }

  /** Stages 3 to 5 for one file: extract documents, run the rules, filter. */
  Linter.FileResult lint(Claimed claimed) {
    if (claimed.extractors().isEmpty()) {
      return Linter.FileResult.skipped(claimed.notes());
    }
    List<Finding> raw = new ArrayList<>();
    List<ToolNotification> notifications = new ArrayList<>();
    Map<SourceFile, Boolean> sources = new LinkedHashMap<>();
    List<SuppressionMarker> markers = new ArrayList<>();
    Set<String> linted = new LinkedHashSet<>();
    for (DocumentExtractor extractor : claimed.extractors()) {
      Extraction extraction = extractor.extract(claimed.file(), this);
      raw.addAll(extraction.findings());
      for (SourceFile source : extraction.files()) {
        sources.merge(source, extractor.hasHashComments(source), Boolean::logicalOr);
      }
      markers.addAll(extraction.markers());
      linted.addAll(extraction.lintedPaths());
      for (Document document : extraction.documents()) {
        rules.check(document, raw, notifications);
      }
    }
    FindingFilter.Filtered filtered = filter.apply(raw, sources, markers);
    return new Linter.FileResult(filtered.findings(), filtered.suppressed(), notifications,
        List.copyOf(linted));
  }
}
