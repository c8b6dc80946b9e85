package dev.sfnappsynclint.asl.extract;

import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Rule;
import dev.sfnappsynclint.rule.Severity;

/** The template extractor's finding for a definition file it refuses to read. */
@LintRule(
    id = "ASL096",
    name = "UnreadDefinitionFile",
    severity = Severity.WARNING,
    summary = "DefinitionUri or DefinitionS3Location names a file the linter does not read: "
        + "outside the linted folder, or not a regular file.",
    description = "Templates come from pull requests, so the linter reads only regular files "
        + "inside the folder it runs in (the repository): a path that climbs out of it "
        + "(`../../secrets.yml`), an absolute path, a link that leads out of it, a device or a "
        + "pipe is not read, and its definition is not checked.",
    tags = {"security", "template"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-statemachine.html"
    },
    help = """
        ## What it finds
        A state machine resource whose `DefinitionUri` (SAM) or `DefinitionS3Location` names a
        local file outside the folder the linter runs in (usually the repository root), through
        `..`, an absolute path or a symbolic link, or names something that is not a regular file.
        The file is not read, and its definition is not linted.

        ## Why it matters
        A definition outside the repository is not under review with the template, and a
        template from an untrusted pull request must not make the linter read `/etc` or
        `/proc`. Keep definition files next to the templates that deploy them.

        ## Example
        ```yaml
        Transform: AWS::Serverless-2016-10-31
        Resources:
          OrderWorkflow:
            Type: AWS::Serverless::StateMachine
            Properties:
              DefinitionUri: ../../shared/order.asl.json
        ```

        ## Fix
        Keep the definition inside the repository, next to the template:
        ```yaml
        Transform: AWS::Serverless-2016-10-31
        Resources:
          OrderWorkflow:
            Type: AWS::Serverless::StateMachine
            Properties:
              DefinitionUri: statemachine/order.asl.json
        ```

        `statemachine/order.asl.json`:
        ```json
        {
          "StartAt": "Done",
          "States": {
            "Done": { "Type": "Succeed" }
          }
        }
        ```
        """)
public final class UnreadDefinitionFile implements Rule {}
