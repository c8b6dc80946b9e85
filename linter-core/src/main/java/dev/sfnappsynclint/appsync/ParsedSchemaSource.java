package dev.sfnappsynclint.appsync;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.SDLDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.MultiSourceReader;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link SchemaSource} parsed by graphql-java, through a {@link MultiSourceReader} named after
 * the source so that every node keeps its file and line; or why it does not parse. Parsing has
 * hard limits (tokens, nesting), so that no input can exhaust memory or the stack.
 */
public record ParsedSchemaSource(SchemaSource source, Optional<Document> document,
    Optional<Problem> problem) {

  /** At most this many tokens: a schema of thousands of types stays far below. */
  public static final int MAX_TOKENS = 1_000_000;
  /** At most this deep in the grammar: nested lists and values stay far below. */
  public static final int MAX_RULE_DEPTH = 200;

  private static final ParserOptions OPTIONS = ParserOptions.getDefaultSdlParserOptions()
      .transform(o -> o.maxTokens(MAX_TOKENS).maxRuleDepth(MAX_RULE_DEPTH)
          .captureLineComments(false));

  /** A text that does not parse: the message, and where in the text (offset). */
  public record Problem(String message, int offset) {}

  public static ParsedSchemaSource parse(SchemaSource source) {
    MultiSourceReader reader = MultiSourceReader.newMultiSourceReader()
        .string(source.text(), source.name()).trackData(false).build();
    try {
      Document document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment()
          .document(reader).parserOptions(OPTIONS).build());
      return new ParsedSchemaSource(source, Optional.of(document), Optional.empty());
    } catch (ParseCancelledTooDeepException e) {
      return failed(source, "The schema nests deeper than the linter's limit of "
          + MAX_RULE_DEPTH + " grammar levels.", null);
    } catch (ParseCancelledException e) {
      return failed(source, "The schema has more than the linter's limit of " + MAX_TOKENS
          + " tokens.", null);
    } catch (InvalidSyntaxException e) {
      return failed(source, syntaxMessage(e), e.getLocation());
    } catch (RuntimeException | StackOverflowError e) {
      return failed(source, "The schema cannot be parsed: " + e.getClass().getSimpleName(), null);
    }
  }

  private static ParsedSchemaSource failed(SchemaSource source, String message,
      graphql.language.SourceLocation at) {
    int offset = at == null ? 0 : source.offset(at.getLine(), at.getColumn());
    return new ParsedSchemaSource(source, Optional.empty(),
        Optional.of(new Problem(message, offset)));
  }

  /** graphql-java's message without its "at line 3 column 6" (the finding's range says it). */
  private static String syntaxMessage(InvalidSyntaxException e) {
    String message = String.valueOf(e.getMessage())
        .replaceFirst("\\s+at line \\d+ column \\d+\\s*$", "");
    java.util.regex.Matcher antlr = java.util.regex.Pattern
        .compile("Invalid syntax with ANTLR error '(.*)'", java.util.regex.Pattern.DOTALL)
        .matcher(message);
    if (antlr.matches()) {
      message = "Invalid GraphQL syntax: " + antlr.group(1);
    }
    message = message.replace("Invalid syntax with offending token", "Invalid GraphQL syntax: "
        + "unexpected token");
    return message.endsWith(".") ? message : message + ".";
  }

  /** Whether the text declares anything a schema has: types, directives, a schema definition. */
  public boolean hasTypeSystemDefinitions() {
    return document.map(d -> d.getDefinitions().stream().anyMatch(SDLDefinition.class::isInstance))
        .orElse(false);
  }

  /** The definitions of the text, when it parses. */
  public List<Definition<?>> definitions() {
    List<Definition<?>> definitions = new ArrayList<>();
    document.ifPresent(d -> d.getDefinitions().forEach(definitions::add));
    return definitions;
  }
}
