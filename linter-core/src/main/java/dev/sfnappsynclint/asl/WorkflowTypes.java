package dev.sfnappsynclint.asl;

import java.util.List;

/**
 * How a run decides the workflow type of a state machine its template does not type: by the
 * configuration's globs, else the fallback ({@code --workflow-type}, else STANDARD). A setting
 * of the lint request ({@code request.setting(WorkflowTypes.class)}).
 */
public record WorkflowTypes(WorkflowTypeSetting fallback, List<WorkflowTypeAssignment> byGlob) {

  public static final WorkflowTypes DEFAULT =
      new WorkflowTypes(WorkflowTypeSetting.DEFAULT, List.of());

  public WorkflowTypes {
    byGlob = List.copyOf(byGlob);
  }

  /** The type for a file: the first glob that matches it, else the fallback. */
  public WorkflowTypeSetting forFile(String displayPath) {
    for (WorkflowTypeAssignment assignment : byGlob) {
      if (assignment.files().matches(displayPath)) {
        return new WorkflowTypeSetting(assignment.type(), assignment.origin());
      }
    }
    return fallback;
  }

  public WorkflowTypes withFallback(WorkflowTypeSetting value) {
    return new WorkflowTypes(value, byGlob);
  }

  public WorkflowTypes withAssignments(List<WorkflowTypeAssignment> more) {
    List<WorkflowTypeAssignment> all = new java.util.ArrayList<>(byGlob);
    all.addAll(more);
    return new WorkflowTypes(fallback, all);
  }
}
