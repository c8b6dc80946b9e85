package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.asl.schema.AslSchema;
import dev.sfnappsynclint.asl.schema.SchemaViolation;
import dev.sfnappsynclint.document.Document;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.tree.Node;
import dev.sfnappsynclint.tree.ObjectNode;
import dev.sfnappsynclint.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An Amazon States Language definition: the located tree it was read from, and the scopes and
 * states built from it. Built by {@link StateMachineBuilder}, which accepts any tree: what is
 * malformed is left out of the model and reported by rules that look at the tree.
 */
public final class StateMachine implements Document {

  private final SourceFile source;
  private final String name;
  private final Node root;
  private final Node writtenRoot;
  private final Map<Node, ScalarNode> written;
  private final Scope rootScope;
  private final List<Scope> scopes;
  private final List<State> states;
  private final QueryLanguage queryLanguage;
  private final WorkflowTypeSetting workflowType;
  private final TemplateContext template;
  private List<Placeholder> placeholders;
  private DurationAnalysis durations;
  private final Map<Class<?>, Object> analyses = new HashMap<>();
  private HistoryAnalysis history;
  private List<SchemaViolation> schemaViolations;

  StateMachine(SourceFile source, String name, Node root, Node writtenRoot,
      Map<Node, ScalarNode> written, Scope rootScope, List<Scope> scopes, List<State> states,
      QueryLanguage queryLanguage, WorkflowTypeSetting workflowType, TemplateContext template) {
    this.source = source;
    this.name = name;
    this.root = root;
    this.writtenRoot = writtenRoot;
    this.written = written;
    this.rootScope = rootScope;
    this.scopes = List.copyOf(scopes);
    this.states = List.copyOf(states);
    this.queryLanguage = queryLanguage;
    this.workflowType = workflowType;
    this.template = template;
  }

  /** The template resource this machine is defined in; empty for a standalone file. */
  public Optional<TemplateContext> template() {
    return Optional.ofNullable(template);
  }

  /**
   * Every {@code ${Name}} in the definition's strings as written, in document order — also those
   * a literal substitution has replaced in {@link #root()}.
   */
  public synchronized List<Placeholder> placeholders() {
    if (placeholders == null) {
      placeholders = List.copyOf(Placeholder.findAll(writtenRoot));
    }
    return placeholders;
  }

  /**
   * The file the definition is read from: the standalone file, the template, or the file a
   * template's {@code DefinitionUri} names.
   */
  @Override
  public SourceFile source() {
    return source;
  }

  /** The file name for a standalone definition; the logical id for one in a template. */
  @Override
  public String name() {
    return name;
  }

  /**
   * The definition's root value (an object when the definition is well-formed) as Step
   * Functions sees it: with literal {@code DefinitionSubstitutions} values in place of their
   * placeholders. Each replaced node has the range and pointer of the placeholder it replaces.
   */
  public Node root() {
    return root;
  }

  /** The definition as written in the file, placeholders and all. */
  public Node writtenRoot() {
    return writtenRoot;
  }

  /**
   * The node as written in the file: for a string of {@link #root()} in which a literal
   * substitution was put, the string with the placeholder; otherwise the node itself.
   */
  public Node asWritten(Node node) {
    ScalarNode original = written.get(node);
    return original == null ? node : original;
  }

  /**
   * The definition's values are written in the file as they are — a standalone file, a
   * template's {@code Definition} object, or the file a {@code DefinitionUri} names — rather than
   * as text inside a string ({@code DefinitionString}, plain, {@code Fn::Sub} or {@code Fn::Join}).
   * Only then does inserting text at a node's range give the file the value the edit means.
   */
  public boolean isWrittenAsTree() {
    return template == null || template.form() == TemplateContext.Form.OBJECT
        || template.form() == TemplateContext.Form.FILE;
  }

  public Optional<ObjectNode> rootObject() {
    return root instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
  }

  public Scope rootScope() {
    return rootScope;
  }

  /** Every scope: the root first, then branches and item processors, outer before inner. */
  public List<Scope> scopes() {
    return scopes;
  }

  /** Every state of every scope, outer before inner, in document order within a scope. */
  public List<State> states() {
    return states;
  }

  /** The top-level {@code QueryLanguage}; JSONPath when not set. */
  public QueryLanguage queryLanguage() {
    return queryLanguage;
  }

  public WorkflowTypeSetting workflowType() {
    return workflowType;
  }

  /** The top-level {@code TimeoutSeconds}: how long an execution may run, if it says. */
  public Optional<FieldValue<Long>> timeoutSeconds() {
    return rootObject().flatMap(o -> o.get("TimeoutSeconds"))
        .map(n -> FieldValue.integer(n, false));
  }

  /**
   * How long each scope and state can keep an execution busy, as far as the definition says,
   * computed once on first use.
   */
  public synchronized DurationAnalysis durations() {
    if (durations == null) {
      durations = new DurationAnalysis(this);
    }
    return durations;
  }

  /** How many execution history events each execution may write, computed once on first use. */
  public synchronized HistoryAnalysis history() {
    if (history == null) {
      history = new HistoryAnalysis(this);
    }
    return history;
  }

  /**
   * How the definition (as Step Functions sees it, substitutions in place) breaks the ASL JSON
   * Schema, validated once on first use.
   */
  public synchronized List<SchemaViolation> schemaViolations() {
    if (schemaViolations == null) {
      schemaViolations = AslSchema.validate(root);
    }
    return schemaViolations;
  }

  /**
   * An analysis of this machine that lives in another package (JSONata expressions, variables),
   * computed by {@code compute} on first use and kept with the machine, so that every rule that
   * needs it shares one computation and it goes away with the machine.
   */
  public synchronized <T> T analysis(Class<T> kind,
      java.util.function.Function<StateMachine, T> compute) {
    Object found = analyses.get(kind);
    if (found == null) {
      found = compute.apply(this);
      analyses.put(kind, found);
    }
    return kind.cast(found);
  }

  /** Every state of any scope with this name. */
  public List<State> statesNamed(String name) {
    Map<String, List<State>> index = statesByName;
    if (index == null) {
      Map<String, List<State>> built = new HashMap<>();
      for (State state : states) {
        built.computeIfAbsent(state.name(), n -> new ArrayList<>()).add(state);
      }
      built.replaceAll((n, list) -> List.copyOf(list));
      index = Map.copyOf(built);
      statesByName = index;
    }
    return index.getOrDefault(name, List.of());
  }

  private volatile Map<String, List<State>> statesByName;
}
