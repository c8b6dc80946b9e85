package dev.sfnappsynclint.asl.jsonata;

/**
 * Why an expression does not parse.
 *
 * @param message what is wrong, without the parser's error code
 * @param code the JSONata error code ({@code S0201}, ...), or {@code ""}
 * @param offset where in the expression text (0-based), or -1 when unknown
 */
public record JsonataSyntaxError(String message, String code, int offset) {
}
