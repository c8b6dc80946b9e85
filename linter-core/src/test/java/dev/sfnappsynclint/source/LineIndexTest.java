package dev.sfnappsynclint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LineIndexTest {

  @Test
  void positionsAskedForInAnyOrderAreTheSameAsCountedFromTheStart() {
    String text = "ab\ncd\r\n\r\nefg\rh\n\nlast";
    LineIndex lines = new LineIndex(text);
    Random random = new Random(7);
    for (int i = 0; i < 500; i++) {
      int offset = random.nextInt(text.length() + 3) - 1;
      assertThat(lines.position(offset)).as("offset %d", offset).isEqualTo(counted(text, offset));
    }
  }

  @Test
  void codePointColumnsBecomeOffsetsWithAndWithoutCharactersOutsideTheBmp() {
    for (String text : new String[] {"ab\ncdé\nxyz", "ab\nc\uD83D\uDE00d\ne\uD83D\uDE00"}) {
      LineIndex lines = new LineIndex(text);
      for (int line = 0; line < 3; line++) {
        for (int column = 0; column < 6; column++) {
          int start = lines.lineStart(line + 1);
          int expected;
          try {
            expected = text.offsetByCodePoints(start, column);
          } catch (IndexOutOfBoundsException e) {
            expected = Math.min(text.length(), start + column);
          }
          assertThat(lines.offsetOfCodePointColumn(line, column))
              .as("%s line %d column %d", text, line, column).isEqualTo(expected);
        }
      }
    }
  }

  /** Line and column by walking the text: the definition the index must agree with. */
  private static Position counted(String text, int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < clamped; i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        if (i + 1 == clamped) {
          break; // between \r and \n: still on the line
        }
        i++;
      }
      if (c == '\n' || c == '\r') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, clamped - lineStart + 1);
  }
}
