package dev.sfnappsynclint.asl.extract;

import dev.sfnappsynclint.rule.LintRule;
import dev.sfnappsynclint.rule.Precision;
import dev.sfnappsynclint.rule.Rule;
import dev.sfnappsynclint.rule.Severity;

/** The template extractor's own finding for a definition file that is not there. */
@LintRule(
    id = "ASL097",
    name = "MissingDefinitionFile",
    severity = Severity.ERROR,
    summary = "DefinitionUri or DefinitionS3Location names a local file that does not exist.",
    description = "SAM and `aws cloudformation package` read the definition from that file; "
        + "when it is missing the build or the package step fails, and nothing in it can be "
        + "linted.",
    tags = {"correctness", "template"},
    precision = Precision.VERY_HIGH,
    awsDocs = {
        "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-statemachine.html",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-stepfunctions-statemachine.html"
    },
    help = """
        ## What it finds
        A state machine resource whose `DefinitionUri` (SAM) or `DefinitionS3Location`
        (CloudFormation, before `aws cloudformation package`) is a local path, relative to the
        template, that names no file — including a path that matches a file only when letter
        case is ignored (`StateMachine.asl.json` for `stateMachine.asl.json`): macOS and Windows
        find that file, Linux and so CI runners do not.

        ## Why it matters
        `sam build`, `sam deploy` and `aws cloudformation package` fail, and the definition
        cannot be checked.

        ## Example
        The template names `statemachine/order.asl.json`; the file is
        `statemachine/orders.asl.json`.

        `template.yaml`:
        ```yaml
        AWSTemplateFormatVersion: "2010-09-09"
        Transform: AWS::Serverless-2016-10-31
        Resources:
          OrderWorkflow:
            Type: AWS::Serverless::StateMachine
            Properties:
              DefinitionUri: statemachine/order.asl.json
        ```

        `statemachine/orders.asl.json`:
        ```json
        {
          "StartAt": "Accept order",
          "States": {
            "Accept order": { "Type": "Succeed" }
          }
        }
        ```

        ## Fix
        Correct the path (it is relative to the template's folder), or add the file.

        `template.yaml`:
        ```yaml
        AWSTemplateFormatVersion: "2010-09-09"
        Transform: AWS::Serverless-2016-10-31
        Resources:
          OrderWorkflow:
            Type: AWS::Serverless::StateMachine
            Properties:
              DefinitionUri: statemachine/orders.asl.json
        ```

        `statemachine/orders.asl.json`:
        ```json
        {
          "StartAt": "Accept order",
          "States": {
            "Accept order": { "Type": "Succeed" }
          }
        }
        ```
        """)
public final class MissingDefinitionFile implements Rule {}
