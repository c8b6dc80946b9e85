package dev.sfnappsynclint.asl;

import dev.sfnappsynclint.discovery.PathGlob;

/**
 * "Files matching this glob are {@code EXPRESS} workflows", from configuration.
 *
 * @param origin where it was said, for messages: {@code .sfn-appsync-lint.yml:7}
 */
public record WorkflowTypeAssignment(PathGlob files, WorkflowType type, String origin) {}
