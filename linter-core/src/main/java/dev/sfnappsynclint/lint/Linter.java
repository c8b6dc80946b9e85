package dev.sfnappsynclint.lint;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.StateMachineBuilder;
import dev.sfnappsynclint.baseline.Baseline;
import dev.sfnappsynclint.discovery.Candidate;
import dev.sfnappsynclint.discovery.FileDiscovery;
import dev.sfnappsynclint.rule.AslRule;
import dev.sfnappsynclint.rule.RegisteredRule;
import dev.sfnappsynclint.rule.RuleMetadata;
import dev.sfnappsynclint.rule.RuleRegistry;
import dev.sfnappsynclint.source.Position;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.source.SourceReader;
import dev.sfnappsynclint.source.TextRange;
import dev.sfnappsynclint.suppression.IgnoreEntry;
import dev.sfnappsynclint.suppression.InlineSuppressions;
import dev.sfnappsynclint.suppression.SuppressionDirective;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import dev.sfnappsynclint.tree.SyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The engine: discovers files, parses each once, builds documents, runs the rules, applies
 * severities, suppressions, ignores and the baseline, and merges the results in a deterministic
 * order. Files are linted in parallel. Nothing here throws for bad input: a file that does not
 * parse is an {@code ASL000} finding, a rule that crashes is a tool notification, and the run
 * goes on.
 */
public final class Linter {

  private final RuleRegistry registry;

  public Linter(RuleRegistry registry) {
    this.registry = registry;
  }

  /** The registry of the engine's built-in rules plus every rule on the class path. */
  public static RuleRegistry defaultRegistry() {
    return RuleRegistry.load(Linter.class.getClassLoader(),
        List.of(new InvalidSyntax(), new UnusedSuppression()));
  }

  public RuleRegistry registry() {
    return registry;
  }

  /** What linting one file produced. */
  public record FileResult(List<Finding> findings, List<SuppressedFinding> suppressed,
      List<ToolNotification> notifications, Optional<String> lintedPath) {

    static FileResult skipped(List<ToolNotification> notifications) {
      return new FileResult(List.of(), List.of(), notifications, Optional.empty());
    }
  }

  public LintResult lint(LintRequest request) {
    FileDiscovery discovery =
        new FileDiscovery(request.workingDirectory(), request.includes(), request.excludes());
    FileDiscovery.Result discovered = discovery.discover(request.paths());
    List<Finding> findings = new ArrayList<>();
    List<SuppressedFinding> suppressed = new ArrayList<>();
    List<ToolNotification> notifications = new ArrayList<>();
    List<String> linted = new ArrayList<>();
    for (String problem : discovered.problems()) {
      notifications.add(new ToolNotification(ToolNotification.Level.ERROR, null, null, problem));
    }
    Session session = new Session(request);
    List<Candidate> candidates = discovered.candidates();
    int threads = Math.min(request.threads(), Math.max(1, candidates.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "sfn-appsync-lint");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<FileResult>> futures = new ArrayList<>();
      for (Candidate candidate : candidates) {
        futures.add(pool.submit(() -> session.lint(candidate)));
      }
      for (int i = 0; i < futures.size(); i++) {
        FileResult result;
        try {
          result = futures.get(i).get();
        } catch (ExecutionException e) {
          result = FileResult.skipped(List.of(new ToolNotification(ToolNotification.Level.ERROR,
              candidates.get(i).displayPath(), null,
              "Linting failed: " + describe(e.getCause()))));
        }
        findings.addAll(result.findings());
        suppressed.addAll(result.suppressed());
        notifications.addAll(result.notifications());
        result.lintedPath().ifPresent(linted::add);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      notifications.add(new ToolNotification(ToolNotification.Level.ERROR, null, null,
          "Interrupted before every file was linted."));
    } finally {
      pool.shutdownNow();
    }
    if (request.baseline().isPresent()) {
      Baseline.Matcher matcher = request.baseline().get().matcher();
      List<Finding> fresh = new ArrayList<>();
      for (Finding finding : findings.stream().sorted(Finding.ORDER).toList()) {
        if (matcher.isKnown(finding)) {
          suppressed.add(new SuppressedFinding(finding, SuppressedFinding.Kind.EXTERNAL,
              "In the baseline."));
        } else {
          fresh.add(finding);
        }
      }
      findings = fresh;
    }
    List<RuleMetadata> rules = session.enabledRules.stream().map(RegisteredRule::metadata).toList();
    return new LintResult(findings, suppressed, notifications, linted, rules);
  }

  /** Lints one candidate file; for tests and front ends that already know their files. */
  public FileResult lint(Candidate candidate, LintRequest request) {
    return new Session(request).lint(candidate);
  }

  /** One run's shared, immutable setup: readers, parsers and the enabled rules. */
  private final class Session {
    private final LintRequest request;
    private final SourceReader reader;
    private final TreeParser parser;
    private final List<RegisteredRule> enabledRules;
    private final Set<String> enabledIds;
    private final RuleMetadata invalidSyntax = RuleMetadata.of(InvalidSyntax.class);
    private final RuleMetadata unusedSuppression = RuleMetadata.of(UnusedSuppression.class);

    Session(LintRequest request) {
      this.request = request;
      this.reader = new SourceReader(request.maxFileBytes());
      this.parser = new TreeParser(request.treeLimits());
      this.enabledRules = registry.rules().stream()
          .filter(r -> request.runs(r.metadata()))
          .toList();
      this.enabledIds = enabledRules.stream().map(r -> r.metadata().id())
          .collect(Collectors.toUnmodifiableSet());
    }

    FileResult lint(Candidate candidate) {
      SourceFile source;
      try {
        source = reader.read(candidate.path(), candidate.displayPath());
      } catch (SourceReader.UnreadableSourceException e) {
        return candidate.mustParse()
            ? syntaxFinding(candidate.displayPath(), e.getMessage(), new Position(1, 1))
            : FileResult.skipped(List.of());
      }
      Node root;
      try {
        root = parser.parse(source);
      } catch (SyntaxException e) {
        return candidate.mustParse()
            ? syntaxFinding(candidate.displayPath(), e.getMessage(), e.position())
            : FileResult.skipped(List.of());
      }
      if (!candidate.hasAslName() && !looksLikeStateMachine(root)) {
        List<ToolNotification> notes = candidate.givenByUser()
            ? List.of(new ToolNotification(ToolNotification.Level.WARNING,
                candidate.displayPath(), null,
                "Not a state machine (no StartAt and States at the top level); not linted."))
            : List.of();
        return FileResult.skipped(notes);
      }
      StateMachine machine = StateMachineBuilder.build(source, source.fileName(), root,
          request.workflowTypeFor(candidate.displayPath()));
      return runRules(machine);
    }

    private FileResult runRules(StateMachine machine) {
      List<Finding> raw = new ArrayList<>();
      List<ToolNotification> notifications = new ArrayList<>();
      String path = machine.source().displayPath();
      for (RegisteredRule registered : enabledRules) {
        if (!(registered.rule() instanceof AslRule rule)) {
          continue;
        }
        RuleMetadata metadata = registered.metadata();
        List<Finding> ruleFindings = new ArrayList<>();
        try {
          rule.check(machine, (node, message) -> ruleFindings.add(finding(metadata, message,
              path, node.range(), node.pointer())));
          raw.addAll(ruleFindings);
        } catch (RuntimeException | StackOverflowError e) {
          notifications.add(new ToolNotification(ToolNotification.Level.ERROR, path,
              metadata.id(), "Rule " + metadata.id() + " " + metadata.name() + " failed on "
                  + path + ": " + describe(e)));
        }
      }
      InlineSuppressions inline = InlineSuppressions.of(machine.source(), machine,
          name -> registry.find(name).map(r -> r.metadata().id()));
      List<Finding> findings = new ArrayList<>();
      List<SuppressedFinding> suppressed = new ArrayList<>();
      for (Finding finding : raw) {
        Optional<SuppressionDirective> directive = inline.suppress(finding);
        if (directive.isPresent()) {
          suppressed.add(new SuppressedFinding(finding, SuppressedFinding.Kind.IN_SOURCE,
              directive.get().reason()));
        } else {
          findings.add(finding);
        }
      }
      if (enabledIds.contains(unusedSuppression.id())) {
        for (InlineSuppressions.Unused unused : inline.unused(enabledIds)) {
          findings.add(finding(unusedSuppression, unused.message(), path,
              unused.directive().range(), unused.directive().rangePointer()));
        }
      }
      return applyIgnores(findings, suppressed, notifications, path);
    }

    private Finding finding(RuleMetadata rule, String message, String path, TextRange range,
        String pointer) {
      return new Finding(rule.id(), rule.name(), request.ruleSettings().severity(rule), message,
          path, range, pointer);
    }

    private FileResult applyIgnores(List<Finding> findings, List<SuppressedFinding> suppressed,
        List<ToolNotification> notifications, String path) {
      List<Finding> kept = new ArrayList<>();
      List<SuppressedFinding> hidden = new ArrayList<>(suppressed);
      for (Finding finding : findings) {
        Optional<IgnoreEntry> ignore = request.ignores().stream()
            .filter(entry -> entry.matches(finding)).findFirst();
        if (ignore.isPresent()) {
          hidden.add(new SuppressedFinding(finding, SuppressedFinding.Kind.EXTERNAL,
              ignore.get().reason()));
        } else {
          kept.add(finding);
        }
      }
      return new FileResult(kept, hidden, notifications, Optional.of(path));
    }

    private FileResult syntaxFinding(String path, String message, Position position) {
      Finding finding = new Finding(invalidSyntax.id(), invalidSyntax.name(),
          invalidSyntax.severity(), message, path, TextRange.at(position), "");
      return applyIgnores(List.of(finding), List.of(), List.of(), path);
    }
  }

  /** The top level has {@code StartAt} and {@code States}, as every state machine does. */
  static boolean looksLikeStateMachine(Node root) {
    return root instanceof ObjectNode object && object.has("StartAt") && object.has("States");
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
