package dev.sfnappsynclint.cli;

/** Small definitions the CLI tests lint. */
final class Fixtures {

  private Fixtures() {}

  static final String CLEAN =
      "{\n  \"StartAt\": \"A\",\n  \"States\": {\n    \"A\": { \"Type\": \"Succeed\" }\n  }\n}\n";

  /** ASL006 at 5:5-5:14, pointer /States/Archive. */
  static final String UNREACHABLE = """
      {
        "StartAt": "Load",
        "States": {
          "Load": { "Type": "Pass", "Next": "Publish" },
          "Archive": { "Type": "Pass", "End": true },
          "Publish": { "Type": "Succeed" }
        }
      }
      """;

  /** ASL002 (warning) at 6:5. */
  static final String DUPLICATE_KEY = """
      StartAt: A
      States:
        A:
          Type: Pass
          End: true
          End: true
      """;
}
