package dev.sfnappsynclint.lint;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.StateMachineBuilder;
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
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import dev.sfnappsynclint.tree.SyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The engine: discovers files, parses each once, builds documents, runs the rules and merges
 * the results in a deterministic order. Files are linted in parallel. Nothing here throws for
 * bad input: a file that does not parse is an {@code ASL000} finding, a rule that crashes is a
 * tool notification, and the run goes on.
 */
public final class Linter {

  private final RuleRegistry registry;

  public Linter(RuleRegistry registry) {
    this.registry = registry;
  }

  /** The registry of the engine's built-in rules plus every rule on the class path. */
  public static RuleRegistry defaultRegistry() {
    return RuleRegistry.load(Linter.class.getClassLoader(), List.of(new InvalidSyntax()));
  }

  public RuleRegistry registry() {
    return registry;
  }

  /** What linting one file produced. */
  public record FileResult(List<Finding> findings, List<ToolNotification> notifications,
      boolean linted) {}

  public LintResult lint(LintRequest request) {
    FileDiscovery discovery =
        new FileDiscovery(request.workingDirectory(), request.includes(), request.excludes());
    FileDiscovery.Result discovered = discovery.discover(request.paths());
    List<Finding> findings = new ArrayList<>();
    List<ToolNotification> notifications = new ArrayList<>();
    for (String problem : discovered.problems()) {
      notifications.add(new ToolNotification(ToolNotification.Level.ERROR, null, null, problem));
    }
    Session session = new Session(request);
    int linted = 0;
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
          result = new FileResult(List.of(), List.of(new ToolNotification(
              ToolNotification.Level.ERROR, candidates.get(i).displayPath(), null,
              "Linting failed: " + describe(e.getCause()))), false);
        }
        findings.addAll(result.findings());
        notifications.addAll(result.notifications());
        linted += result.linted() ? 1 : 0;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      notifications.add(new ToolNotification(ToolNotification.Level.ERROR, null, null,
          "Interrupted before every file was linted."));
    } finally {
      pool.shutdownNow();
    }
    List<RuleMetadata> rules = session.enabledRules.stream().map(RegisteredRule::metadata).toList();
    return new LintResult(findings, notifications, linted, rules);
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
    private final RuleMetadata invalidSyntax;

    Session(LintRequest request) {
      this.request = request;
      this.reader = new SourceReader(request.maxFileBytes());
      this.parser = new TreeParser(request.treeLimits());
      this.invalidSyntax = RuleMetadata.of(InvalidSyntax.class);
      this.enabledRules = registry.rules().stream()
          .filter(r -> r.metadata().id().equals(invalidSyntax.id())
              || request.ruleFilter().test(r.metadata()))
          .toList();
    }

    FileResult lint(Candidate candidate) {
      SourceFile source;
      try {
        source = reader.read(candidate.path(), candidate.displayPath());
      } catch (SourceReader.UnreadableSourceException e) {
        return candidate.mustParse()
            ? syntaxFinding(candidate.displayPath(), e.getMessage(), new Position(1, 1))
            : new FileResult(List.of(), List.of(), false);
      }
      Node root;
      try {
        root = parser.parse(source);
      } catch (SyntaxException e) {
        return candidate.mustParse()
            ? syntaxFinding(candidate.displayPath(), e.getMessage(), e.position())
            : new FileResult(List.of(), List.of(), false);
      }
      if (!candidate.hasAslName() && !looksLikeStateMachine(root)) {
        List<ToolNotification> notes = candidate.givenByUser()
            ? List.of(new ToolNotification(ToolNotification.Level.WARNING,
                candidate.displayPath(), null,
                "Not a state machine (no StartAt and States at the top level); not linted."))
            : List.of();
        return new FileResult(List.of(), notes, false);
      }
      StateMachine machine = StateMachineBuilder.build(source, source.fileName(), root,
          request.workflowType());
      return runRules(machine);
    }

    private FileResult runRules(StateMachine machine) {
      List<Finding> findings = new ArrayList<>();
      List<ToolNotification> notifications = new ArrayList<>();
      String path = machine.source().displayPath();
      for (RegisteredRule registered : enabledRules) {
        if (!(registered.rule() instanceof AslRule rule)) {
          continue;
        }
        RuleMetadata metadata = registered.metadata();
        List<Finding> ruleFindings = new ArrayList<>();
        try {
          rule.check(machine, (node, message) -> ruleFindings.add(new Finding(metadata.id(),
              metadata.name(), metadata.severity(), message, path, node.range(),
              node.pointer())));
          findings.addAll(ruleFindings);
        } catch (RuntimeException | StackOverflowError e) {
          notifications.add(new ToolNotification(ToolNotification.Level.ERROR, path,
              metadata.id(), "Rule " + metadata.id() + " " + metadata.name() + " failed on "
                  + path + ": " + describe(e)));
        }
      }
      return new FileResult(findings, notifications, true);
    }

    private FileResult syntaxFinding(String path, String message, Position position) {
      return new FileResult(List.of(new Finding(invalidSyntax.id(), invalidSyntax.name(),
          invalidSyntax.severity(), message, path, TextRange.at(position), "")), List.of(), true);
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
