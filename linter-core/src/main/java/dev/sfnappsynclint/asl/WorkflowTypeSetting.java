package dev.sfnappsynclint.asl;

/**
 * The workflow type a machine is linted as, and where that came from, so that a finding can say
 * why it applies ("EXPRESS, from --workflow-type").
 */
public record WorkflowTypeSetting(WorkflowType type, String origin) {

  public static final WorkflowTypeSetting DEFAULT =
      new WorkflowTypeSetting(WorkflowType.STANDARD, "the default");

  /**
   * The type and where it came from, as findings say it: "EXPRESS, from Type of Flow in
   * template.yaml:14", "EXPRESS, from --workflow-type", "STANDARD, the default type".
   */
  public String describe() {
    return origin.equals(DEFAULT.origin) ? type + ", the default type" : type + ", from " + origin;
  }
}
