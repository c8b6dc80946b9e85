package dev.sfnappsynclint.asl;

/**
 * The workflow type a machine is linted as, and where that came from, so that a finding can say
 * why it applies ("EXPRESS, from --workflow-type").
 */
public record WorkflowTypeSetting(WorkflowType type, String origin) {

  public static final WorkflowTypeSetting DEFAULT =
      new WorkflowTypeSetting(WorkflowType.STANDARD, "the default");
}
