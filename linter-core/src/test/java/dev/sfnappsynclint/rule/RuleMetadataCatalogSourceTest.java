package dev.sfnappsynclint.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleMetadataCatalogSourceTest {

  @Test
  void quotedStringsCompileToTheSameValue(@TempDir Path classes) throws Exception {
    List<String> values = List.of("", "plain", "quote \" and backslash \\ and \\u0041 and \\\\u0041",
        "line\nbreak\r\ttab", "control \u0000\u0001\u001f\u007f", "arrow → é 😀",
        "\u2028 separator", "*/ comment end", "{% jsonata %}");
    StringBuilder source = new StringBuilder("public class Quoted {\n"
        + "  public static final String[] VALUES = {\n");
    for (String value : values) {
      source.append("    ").append(RuleMetadataCatalogSource.quote(value)).append(",\n");
    }
    source.append("  };\n}\n");
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    SimpleJavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Quoted.java"),
        SimpleJavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    boolean compiled = compiler.getTask(null, null, null,
        List.of("-d", classes.toString()), null, List.of(file)).call();
    assertThat(compiled).as(source.toString()).isTrue();
    try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()})) {
      String[] loaded = (String[]) loader.loadClass("Quoted").getField("VALUES").get(null);
      assertThat(loaded).containsExactlyElementsOf(values);
    }
  }

  @Test
  void theCatalogGoesInTheRulesCommonPackage() {
    assertThat(packageOf("a.b.rules.x.One", "a.b.rules.y.Two", "a.b.rules.Three"))
        .isEqualTo("a.b.rules");
    assertThat(packageOf("a.b.rules.x.One")).isEqualTo("a.b.rules.x");
    assertThat(packageOf("a.bc.One", "a.b.Two")).isEqualTo("a");
    assertThat(packageOf("One", "a.Two")).isEmpty();
  }

  private static String packageOf(String... classes) {
    return RuleMetadataCatalogSource.commonPackage(List.of(classes));
  }
}
