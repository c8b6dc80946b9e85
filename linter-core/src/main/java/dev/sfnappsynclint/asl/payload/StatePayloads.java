package dev.sfnappsynclint.asl.payload;

import dev.sfnappsynclint.asl.State;
import dev.sfnappsynclint.asl.StateMachine;
import dev.sfnappsynclint.asl.path.PathField;
import dev.sfnappsynclint.asl.path.PathFields;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The path fields, payload templates and evaluated strings of every state of a machine, found
 * (and their paths and intrinsic calls parsed) once per machine: a dozen rules read them, and
 * finding them again for each rule was a quarter of a warm lint.
 */
public final class StatePayloads {

  private record OfState(List<PathField> pathFields, List<EvaluatedString> evaluated) {}

  private final Map<State, OfState> byState = new IdentityHashMap<>();
  private final List<PayloadTemplate> templates;
  private final List<EvaluatedString> evaluated;

  private StatePayloads(StateMachine machine) {
    List<PayloadTemplate> allTemplates = new ArrayList<>();
    List<EvaluatedString> allEvaluated = new ArrayList<>();
    for (State state : machine.states()) {
      List<PathField> pathFields = List.copyOf(PathFields.of(state));
      List<PayloadTemplate> ofState = PayloadTemplate.of(state);
      List<EvaluatedString> strings = List.copyOf(EvaluatedString.of(ofState, pathFields));
      byState.put(state, new OfState(pathFields, strings));
      allTemplates.addAll(ofState);
      allEvaluated.addAll(strings);
    }
    this.templates = List.copyOf(allTemplates);
    this.evaluated = List.copyOf(allEvaluated);
  }

  /** Computed on first use and kept with the machine. */
  public static StatePayloads of(StateMachine machine) {
    return machine.analysis(StatePayloads.class, StatePayloads::new);
  }

  /** The state's path fields: {@link PathFields#of(State)}. */
  public List<PathField> pathFields(State state) {
    OfState found = byState.get(state);
    return found == null ? PathFields.of(state) : found.pathFields();
  }

  /** The payload templates of every JSONPath state, in state order. */
  public List<PayloadTemplate> templates() {
    return templates;
  }

  /** The state's evaluated strings: {@link EvaluatedString#of(State)}. */
  public List<EvaluatedString> evaluatedStrings(State state) {
    OfState found = byState.get(state);
    return found == null ? EvaluatedString.of(state) : found.evaluated();
  }

  /** The evaluated strings of every state, in state order. */
  public List<EvaluatedString> evaluatedStrings() {
    return evaluated;
  }
}
