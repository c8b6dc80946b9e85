package dev.sfnappsynclint.lint;

import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.StateMachineBuilder;
import dev.sfnappsynclint.asl.StateMachineResources;
import dev.sfnappsynclint.asl.WorkflowTypeSetting;
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
import dev.sfnappsynclint.template.CloudFormationTemplate;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import dev.sfnappsynclint.tree.SyntaxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The engine: discovers files, parses each once, finds the state machines in them (standalone
 * definitions, and every form a CloudFormation/SAM template can hold them in), runs the rules,
 * applies severities, suppressions, ignores and the baseline, and merges the results in a
 * deterministic order. Files are parsed and linted in parallel. Nothing here throws for bad
 * input: a file that does not parse is an {@code ASL000} finding, a rule that crashes is a tool
 * notification, and the run goes on.
 */
public final class Linter {

  private final RuleRegistry registry;

  public Linter(RuleRegistry registry) {
    this.registry = registry;
  }

  /** The registry of the engine's built-in rules plus every rule on the class path. */
  public static RuleRegistry defaultRegistry() {
    return RuleRegistry.load(Linter.class.getClassLoader(),
        List.of(new InvalidSyntax(), new MissingDefinitionFile(), new UnusedSuppression()));
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

  /** What a file turned out to be once parsed. */
  private enum Kind { STATE_MACHINE, TEMPLATE, OTHER }

  /** A candidate after reading and parsing; {@code early} is its result when it goes no further. */
  private record Parsed(Candidate candidate, SourceFile source, Node root, Kind kind,
      FileResult early) {}

  public LintResult lint(LintRequest request) {
    FileDiscovery discovery =
        new FileDiscovery(request.workingDirectory(), request.includes(), request.excludes());
    FileDiscovery.Result discovered = discovery.discover(request.paths());
    List<ToolNotification> notifications = new ArrayList<>();
    for (String problem : discovered.problems()) {
      notifications.add(new ToolNotification(ToolNotification.Level.ERROR, null, null, problem));
    }
    Session session = new Session(request, discovery);
    List<Candidate> candidates = discovered.candidates();
    int threads = Math.min(request.threads(), Math.max(1, candidates.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "sfn-appsync-lint");
      thread.setDaemon(true);
      return thread;
    });
    List<FileResult> results = new ArrayList<>();
    try {
      // 1. Parse every file once.
      List<Parsed> parsed = inParallel(pool, candidates, session::parse,
          (candidate, e) -> new Parsed(candidate, null, null, Kind.OTHER, failed(
              candidate.displayPath(), e)));
      // 2. A file a template names is linted with that template (its substitutions, its
      //    workflow type), not on its own.
      Map<Path, Parsed> byPath = new HashMap<>();
      for (Parsed file : parsed) {
        byPath.put(realPath(file.candidate().path()), file);
      }
      session.parsedFiles.putAll(byPath);
      Set<Path> referenced = new HashSet<>();
      for (Parsed file : parsed) {
        if (file.kind() == Kind.TEMPLATE) {
          referenced.addAll(session.referencedFiles(file));
        }
      }
      // 3. Lint templates and standalone definitions.
      List<Parsed> units = parsed.stream()
          .filter(file -> file.kind() != Kind.STATE_MACHINE
              || !referenced.contains(realPath(file.candidate().path())))
          .toList();
      results.addAll(inParallel(pool, units, session::lint,
          (file, e) -> failed(file.candidate().displayPath(), e)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      notifications.add(new ToolNotification(ToolNotification.Level.ERROR, null, null,
          "Interrupted before every file was linted."));
    } finally {
      pool.shutdownNow();
    }
    // A definition file named by two templates is linted twice; report each finding once.
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
    }
    List<RuleMetadata> rules = session.enabledRules.stream().map(RegisteredRule::metadata).toList();
    return new LintResult(reported, new ArrayList<>(suppressed), notifications, linted, rules);
  }

  /** Lints one candidate file; for tests and front ends that already know their files. */
  public FileResult lint(Candidate candidate, LintRequest request) {
    Session session = new Session(request, new FileDiscovery(request.workingDirectory(),
        List.of(), List.of()));
    return session.lint(session.parse(candidate));
  }

  private static <T, R> List<R> inParallel(ExecutorService pool, List<T> items,
      Function<T, R> work, java.util.function.BiFunction<T, Throwable, R> onFailure)
      throws InterruptedException {
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

  private static FileResult failed(String path, Throwable e) {
    return FileResult.skipped(List.of(new ToolNotification(ToolNotification.Level.ERROR, path,
        null, "Linting failed: " + describe(e))));
  }

  /** One run's shared setup: readers, parsers, the enabled rules, the files parsed so far. */
  private final class Session {
    private final LintRequest request;
    private final FileDiscovery discovery;
    private final SourceReader reader;
    private final TreeParser parser;
    private final List<RegisteredRule> enabledRules;
    private final Set<String> enabledIds;
    private final Map<Path, Parsed> parsedFiles = new java.util.concurrent.ConcurrentHashMap<>();
    private final RuleMetadata invalidSyntax = RuleMetadata.of(InvalidSyntax.class);
    private final RuleMetadata missingFile = RuleMetadata.of(MissingDefinitionFile.class);
    private final RuleMetadata unusedSuppression = RuleMetadata.of(UnusedSuppression.class);

    Session(LintRequest request, FileDiscovery discovery) {
      this.request = request;
      this.discovery = discovery;
      this.reader = new SourceReader(request.maxFileBytes());
      this.parser = new TreeParser(request.treeLimits());
      this.enabledRules = registry.rules().stream()
          .filter(r -> request.runs(r.metadata()))
          .toList();
      this.enabledIds = enabledRules.stream().map(r -> r.metadata().id())
          .collect(Collectors.toUnmodifiableSet());
    }

    Parsed parse(Candidate candidate) {
      return parse(candidate, false);
    }

    /**
     * Reads and classifies a file. Files that are neither state machines nor templates keep no
     * tree (a repository's package.json files need no memory for the rest of the run), unless
     * {@code asDefinition}: a template names the file as a state machine definition.
     */
    Parsed parse(Candidate candidate, boolean asDefinition) {
      SourceFile source;
      try {
        source = reader.read(candidate.path(), candidate.displayPath());
      } catch (SourceReader.UnreadableSourceException e) {
        return new Parsed(candidate, null, null, Kind.OTHER, candidate.mustParse()
            ? syntaxFinding(candidate.displayPath(), e.getMessage(), new Position(1, 1))
            : FileResult.skipped(List.of()));
      }
      Node root;
      try {
        root = parser.parse(source);
      } catch (SyntaxException e) {
        return new Parsed(candidate, source, null, Kind.OTHER, candidate.mustParse()
            ? syntaxFinding(candidate.displayPath(), e.getMessage(), e.position())
            : FileResult.skipped(List.of()));
      }
      if (asDefinition || candidate.hasAslName() || looksLikeStateMachine(root)) {
        return new Parsed(candidate, source, root, Kind.STATE_MACHINE, null);
      }
      if (CloudFormationTemplate.recognise(root).isPresent()) {
        return new Parsed(candidate, source, root, Kind.TEMPLATE, null);
      }
      List<ToolNotification> notes = candidate.givenByUser()
          ? List.of(new ToolNotification(ToolNotification.Level.WARNING, candidate.displayPath(),
              null, "Neither a state machine (no StartAt and States at the top level) nor a "
                  + "CloudFormation/SAM template; not linted."))
          : List.of();
      return new Parsed(candidate, null, null, Kind.OTHER, FileResult.skipped(notes));
    }

    /** The local definition files a template's state machines name. */
    Set<Path> referencedFiles(Parsed template) {
      Set<Path> files = new HashSet<>();
      for (StateMachineResources.Resource resource : StateMachineResources.find(
          CloudFormationTemplate.recognise(template.root()).orElseThrow())) {
        if (resource.definition() instanceof StateMachineResources.Definition.File file) {
          Path path = resolve(template, file.path());
          if (Files.isRegularFile(path)) {
            files.add(realPath(path));
          }
        }
      }
      return files;
    }

    private Path resolve(Parsed template, String relative) {
      Path folder = template.candidate().path().toAbsolutePath().getParent();
      return folder.resolve(relative).normalize();
    }

    FileResult lint(Parsed file) {
      if (file.early() != null) {
        return file.early();
      }
      return switch (file.kind()) {
        case STATE_MACHINE -> check(List.of(StateMachineBuilder.build(file.source(),
            file.source().fileName(), file.root(),
            request.workflowTypeFor(file.candidate().displayPath()))), List.of(),
            List.of(file.candidate().displayPath()));
        case TEMPLATE -> lintTemplate(file);
        case OTHER -> FileResult.skipped(List.of());
      };
    }

    private FileResult lintTemplate(Parsed template) {
      CloudFormationTemplate cfn = CloudFormationTemplate.recognise(template.root()).orElseThrow();
      List<StateMachine> machines = new ArrayList<>();
      List<Finding> early = new ArrayList<>();
      Set<String> linted = new LinkedHashSet<>();
      linted.add(template.candidate().displayPath());
      for (StateMachineResources.Resource resource : StateMachineResources.find(cfn)) {
        String id = resource.resource().logicalId();
        StateMachineResources.Definition definition = resource.definition();
        if (definition instanceof StateMachineResources.Definition.Tree tree) {
          machines.add(machine(template.source(), id, tree.definition(), resource));
        } else if (definition instanceof StateMachineResources.Definition.Text text) {
          try {
            Node root = parser.parseEmbedded(text.text(), text.property().pointer());
            machines.add(machine(template.source(), id, root, resource));
          } catch (SyntaxException e) {
            early.add(finding(invalidSyntax, e.getMessage(), template.candidate().displayPath(),
                TextRange.at(e.position()), text.property().pointer(),
                "DefinitionString of " + id + ": "));
          }
        } else if (definition instanceof StateMachineResources.Definition.File reference) {
          Path path = resolve(template, reference.path());
          if (!Files.isRegularFile(path)) {
            if (!enabledIds.contains(missingFile.id())) {
              continue;
            }
            early.add(finding(missingFile, reference.property().name() + " of " + id
                + " names \"" + reference.path() + "\", but there is no such file (looked for "
                + discovery.displayPath(path) + ").", template.candidate().displayPath(),
                reference.property().value().range(), reference.property().value().pointer(), ""));
            continue;
          }
          Parsed referenced = parsedFiles.computeIfAbsent(realPath(path),
              p -> parse(new Candidate(path, discovery.displayPath(path), true), true));
          if (referenced.kind() == Kind.OTHER) {
            // Walked and set aside as not a state machine; the template says it is one.
            referenced = parse(referenced.candidate(), true);
          }
          linted.add(referenced.candidate().displayPath());
          if (referenced.root() == null) {
            if (referenced.early() != null) {
              early.addAll(referenced.early().findings());
            }
            continue;
          }
          machines.add(machine(referenced.source(), id, referenced.root(), resource));
        }
      }
      return check(machines, early, List.copyOf(linted));
    }

    private StateMachine machine(SourceFile source, String logicalId, Node root,
        StateMachineResources.Resource resource) {
      WorkflowTypeSetting type = resource.workflowType()
          .orElseGet(() -> request.workflowTypeFor(source.displayPath()));
      return StateMachineBuilder.build(source, logicalId, root, type, resource.context());
    }

    /** Runs the rules on the machines, then suppressions per file, then ignores. */
    private FileResult check(List<StateMachine> machines, List<Finding> early,
        List<String> lintedPaths) {
      List<Finding> raw = new ArrayList<>(early);
      List<ToolNotification> notifications = new ArrayList<>();
      Map<SourceFile, List<StateMachine>> machinesByFile = new IdentityHashMap<>();
      Map<String, SourceFile> filesByPath = new LinkedHashMap<>();
      for (StateMachine machine : machines) {
        machinesByFile.computeIfAbsent(machine.source(), f -> new ArrayList<>()).add(machine);
        filesByPath.putIfAbsent(machine.source().displayPath(), machine.source());
        machine.template().ifPresent(t -> filesByPath.putIfAbsent(
            t.resource().node().source().displayPath(), t.resource().node().source()));
        for (RegisteredRule registered : enabledRules) {
          if (!(registered.rule() instanceof AslRule rule)) {
            continue;
          }
          RuleMetadata metadata = registered.metadata();
          List<Finding> ruleFindings = new ArrayList<>();
          try {
            rule.check(machine, (node, message) -> ruleFindings.add(finding(metadata, message,
                node.source().displayPath(), node.range(), node.pointer(), "")));
            raw.addAll(ruleFindings);
          } catch (RuntimeException | StackOverflowError e) {
            String path = machine.source().displayPath();
            notifications.add(new ToolNotification(ToolNotification.Level.ERROR, path,
                metadata.id(), "Rule " + metadata.id() + " " + metadata.name() + " failed on "
                    + path + (machine.template().isPresent() ? " (" + machine.name() + ")" : "")
                    + ": " + describe(e)));
          }
        }
      }
      List<Finding> findings = new ArrayList<>();
      List<SuppressedFinding> suppressed = new ArrayList<>();
      Function<String, Optional<String>> ruleIds =
          name -> registry.find(name).map(r -> r.metadata().id());
      Map<String, InlineSuppressions> inline = new HashMap<>();
      for (SourceFile file : filesByPath.values()) {
        inline.put(file.displayPath(), InlineSuppressions.of(file,
            machinesByFile.getOrDefault(file, List.of()), ruleIds));
      }
      for (Finding finding : raw) {
        InlineSuppressions fileSuppressions = inline.get(finding.path());
        Optional<SuppressionDirective> directive = fileSuppressions == null ? Optional.empty()
            : fileSuppressions.suppress(finding);
        if (directive.isPresent()) {
          suppressed.add(new SuppressedFinding(finding, SuppressedFinding.Kind.IN_SOURCE,
              directive.get().reason()));
        } else {
          findings.add(finding);
        }
      }
      if (enabledIds.contains(unusedSuppression.id())) {
        for (Map.Entry<String, InlineSuppressions> file : inline.entrySet()) {
          for (InlineSuppressions.Unused unused : file.getValue().unused(enabledIds)) {
            findings.add(finding(unusedSuppression, unused.message(), file.getKey(),
                unused.directive().range(), unused.directive().rangePointer(), ""));
          }
        }
      }
      return applyIgnores(findings, suppressed, notifications, lintedPaths);
    }

    private Finding finding(RuleMetadata rule, String message, String path, TextRange range,
        String pointer, String prefix) {
      return new Finding(rule.id(), rule.name(), request.ruleSettings().severity(rule),
          prefix + message, path, range, pointer);
    }

    private FileResult applyIgnores(List<Finding> findings, List<SuppressedFinding> suppressed,
        List<ToolNotification> notifications, List<String> lintedPaths) {
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
      return new FileResult(kept, hidden, notifications, lintedPaths);
    }

    private FileResult syntaxFinding(String path, String message, Position position) {
      Finding finding = new Finding(invalidSyntax.id(), invalidSyntax.name(),
          invalidSyntax.severity(), message, path, TextRange.at(position), "");
      return applyIgnores(List.of(finding), List.of(), List.of(), List.of(path));
    }
  }

  /** The top level has {@code StartAt} and {@code States}, as every state machine does. */
  static boolean looksLikeStateMachine(Node root) {
    return root instanceof ObjectNode object && object.has("StartAt") && object.has("States");
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
