package dev.sfnappsynclint.lint;

import dev.sfnappsynclint.baseline.Baseline;
import dev.sfnappsynclint.discovery.Candidate;
import dev.sfnappsynclint.discovery.FileDiscovery;
import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.finding.LintResult;
import dev.sfnappsynclint.finding.SuppressedFinding;
import dev.sfnappsynclint.finding.ToolNotification;
import dev.sfnappsynclint.rule.Rule;
import dev.sfnappsynclint.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The engine, in stages: discover files; read and classify each once (which extractors accept
 * it); extract its documents; run the rules registered for each document's type; filter
 * (inline suppressions, configured ignores); then, over the whole run, apply the baseline and
 * merge in a deterministic order. Files are processed in parallel. It knows no language: the
 * extractors and rules on the class path do. Nothing here throws for bad input — a file that
 * does not parse is a finding, a rule that crashes is a tool notification, and the run goes on.
 */
public final class Linter {

  private final RuleRegistry registry;
  private final List<DocumentExtractor> extractors;

  public Linter(RuleRegistry registry) {
    this(registry, defaultExtractors());
  }

  public Linter(RuleRegistry registry, List<DocumentExtractor> extractors) {
    this.registry = registry;
    this.extractors = List.copyOf(extractors);
  }

  /** The extractors on the class path, in the order their service files list them. */
  public static List<DocumentExtractor> defaultExtractors() {
    List<DocumentExtractor> found = new ArrayList<>();
    ServiceLoader.load(DocumentExtractor.class, Linter.class.getClassLoader()).forEach(found::add);
    return List.copyOf(found);
  }

  /** Every rule on the class path, the extractors' own and the engine's. */
  public static RuleRegistry defaultRegistry() {
    List<Rule> builtIn = new ArrayList<>();
    builtIn.add(new UnusedSuppression());
    defaultExtractors().forEach(e -> builtIn.addAll(e.rules()));
    return RuleRegistry.load(Linter.class.getClassLoader(), builtIn);
  }

  /**
   * Who named the request's paths. {@link #USER} (the default): a named path that the include or
   * exclude patterns remove is an error, and a named folder with nothing to lint a warning.
   * {@link #FRONT_END}: the front end chose them (the Maven plugin's module folders), and
   * neither is reported.
   */
  public record NamedPaths(boolean mustBeLinted) {
    public static final NamedPaths USER = new NamedPaths(true);
    public static final NamedPaths FRONT_END = new NamedPaths(false);
  }

  public RuleRegistry registry() {
    return registry;
  }

  /** What linting one file (and the files it references) produced. */
  public record FileResult(List<Finding> findings, List<SuppressedFinding> suppressed,
      List<ToolNotification> notifications, List<String> lintedPaths) {

    static FileResult skipped(List<ToolNotification> notifications) {
      return new FileResult(List.of(), List.of(), notifications, List.of());
    }
  }

  public LintResult lint(LintRequest request) {
    FileDiscovery discovery = discovery(request);
    FileDiscovery.Result discovered = discovery.discover(request.paths());
    List<ToolNotification> notifications = new ArrayList<>();
    for (String problem : discovered.problems()) {
      notifications.add(new ToolNotification(ToolNotification.Level.ERROR, null, null, problem));
    }
    // No silent zero: a path the user named that the patterns removed is an error (exit 2), and
    // a named folder with nothing to lint is a warning that says what was skipped. Not when the
    // front end chose the paths itself (the Maven plugin's module folders: most modules have no
    // state machine, and an aggregator's files belong to its modules).
    if (request.setting(NamedPaths.class).orElse(NamedPaths.USER).mustBeLinted()) {
      for (String unlinted : discovered.unlinted()) {
        notifications.add(new ToolNotification(ToolNotification.Level.ERROR, null, null,
            unlinted));
      }
      for (String warning : discovered.warnings()) {
        notifications.add(new ToolNotification(ToolNotification.Level.WARNING, null, null,
            warning));
      }
    }
    LintRun run = new LintRun(request, discovery, registry, extractors);
    List<Candidate> candidates = discovered.candidates();
    ExecutorService pool = pool(Math.min(request.threads(), Math.max(1, candidates.size())));
    List<FileResult> results = new ArrayList<>();
    try {
      List<LintRun.Claimed> units = new ArrayList<>(inParallel(pool, candidates, run::claim,
          (candidate, e) -> LintRun.Claimed.failed(candidate, failed(candidate.displayPath(),
              "Reading failed", e).notifications())));
      // A file another file reads (a template's DefinitionUri) is linted with that file.
      Set<Path> referenced = new HashSet<>();
      for (LintRun.Claimed unit : units) {
        referenced.addAll(run.referencedFiles(unit));
      }
      units.removeIf(unit -> referenced.contains(realPath(unit.candidate().path())));
      results.addAll(inParallel(pool, units, run::lint,
          (unit, e) -> failed(unit.file().displayPath(), "Linting failed", e)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      notifications.add(new ToolNotification(ToolNotification.Level.ERROR, null, null,
          "Interrupted before every file was linted."));
    } finally {
      pool.shutdownNow();
    }
    return merge(results, notifications, request, run);
  }

  /** Lints one file (and the files it references); for tests and front ends that know their files. */
  public FileResult lint(Candidate candidate, LintRequest request) {
    LintRun run = new LintRun(request, discovery(request), registry, extractors);
    return run.lint(run.claim(candidate));
  }

  private FileDiscovery discovery(LintRequest request) {
    Set<String> extensions = new TreeSet<>();
    extractors.forEach(e -> extensions.addAll(e.fileExtensions()));
    return new FileDiscovery(request.workingDirectory(), request.includes(), request.excludes(),
        extensions);
  }

  /** The last stage: each finding once, then the baseline, in output order. */
  private static LintResult merge(List<FileResult> results, List<ToolNotification> notifications,
      LintRequest request, LintRun run) {
    // A file named by two templates is linted twice; report each finding once.
    Set<Finding> findings = new LinkedHashSet<>();
    Set<SuppressedFinding> suppressed = new LinkedHashSet<>();
    List<String> linted = new ArrayList<>();
    for (FileResult result : results) {
      findings.addAll(result.findings());
      suppressed.addAll(result.suppressed());
      notifications.addAll(result.notifications());
      linted.addAll(result.lintedPaths());
    }
    List<Finding> reported = new ArrayList<>(findings);
    if (request.baseline().isPresent()) {
      Baseline.Matcher matcher = request.baseline().get().matcher();
      reported = new ArrayList<>();
      for (Finding finding : findings.stream().sorted(Finding.ORDER).toList()) {
        if (matcher.isKnown(finding)) {
          suppressed.add(new SuppressedFinding(finding, SuppressedFinding.Kind.EXTERNAL,
              "In the baseline."));
        } else {
          reported.add(finding);
        }
      }
      int recorded = request.baseline().get().size();
      if (recorded > 0 && matcher.matched() == 0) {
        notifications.add(new ToolNotification(ToolNotification.Level.WARNING, null, null,
            "The baseline matched none of the " + recorded + " findings it records: they are "
            + "fixed, or it was written for other files; write it again with --write-baseline."));
      }
    }
    return new LintResult(reported, new ArrayList<>(suppressed), notifications, linted,
        run.enabledRules());
  }

  private static ExecutorService pool(int threads) {
    return Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "sfn-appsync-lint");
      thread.setDaemon(true);
      return thread;
    });
  }

  private static <T, R> List<R> inParallel(ExecutorService pool, List<T> items,
      Function<T, R> work, BiFunction<T, Throwable, R> onFailure) throws InterruptedException {
    List<Future<R>> futures = new ArrayList<>();
    for (T item : items) {
      Callable<R> task = () -> work.apply(item);
      futures.add(pool.submit(task));
    }
    List<R> results = new ArrayList<>();
    for (int i = 0; i < futures.size(); i++) {
      try {
        results.add(futures.get(i).get());
      } catch (ExecutionException e) {
        results.add(onFailure.apply(items.get(i), e.getCause()));
      }
    }
    return results;
  }

  private static FileResult failed(String path, String what, Throwable e) {
    return FileResult.skipped(List.of(new ToolNotification(ToolNotification.Level.ERROR, path,
        null, what + ": " + describe(e))));
  }

  static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
