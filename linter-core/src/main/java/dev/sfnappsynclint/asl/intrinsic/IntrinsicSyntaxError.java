package dev.sfnappsynclint.asl.intrinsic;

/**
 * Why a text is not an intrinsic function call, and where: offsets in the text ({@code end}
 * exclusive, never beyond its length).
 */
public record IntrinsicSyntaxError(String message, int start, int end) {}
