package dev.sfnappsynclint.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor run as javac runs it for a rules module. */
class RuleRegistrationProcessorTest {

  private static final String RULE = """
      package example.rules.%s;

      import dev.sfnappsynclint.rule.LintRule;
      import dev.sfnappsynclint.rule.Rule;
      import dev.sfnappsynclint.rule.Severity;

      @LintRule(id = "ASL990", name = "ExampleRule", severity = Severity.WARNING,
          summary = "An example.", tags = {"a", "b"}, help = "  ## What it finds\\n  \\"x\\"  ",
          options = @LintRule.Option(name = "limit", type = dev.sfnappsynclint.rule.RuleOptionSpec.Type.INTEGER,
              description = "How many.", defaultValue = "%s"))
      public final class ExampleRule implements Rule {
      }
      """;

  private record Compiled(boolean success, String diagnostics) {}

  private static Compiled compile(Path out, String pkg, String defaultValue) throws Exception {
    String source = RULE.formatted(pkg, defaultValue);
    SimpleJavaFileObject file = new SimpleJavaFileObject(
        URI.create("string:///example/rules/" + pkg + "/ExampleRule.java"),
        SimpleJavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean success = compiler.getTask(diagnostics, null, null,
        List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path"),
            "-processor", RuleRegistrationProcessor.class.getName()),
        null, List.of(file)).call();
    return new Compiled(success, diagnostics.toString());
  }

  @Test
  void writesACatalogThatSaysWhatTheAnnotationSays(@TempDir Path out) throws Exception {
    Compiled compiled = compile(out, "one", "5");
    assertThat(compiled.success()).as(compiled.diagnostics()).isTrue();
    assertThat(compiled.diagnostics()).isEmpty();
    assertThat(Files.readString(out.resolve(
        "META-INF/services/dev.sfnappsynclint.rule.RuleMetadataCatalog"),
        StandardCharsets.UTF_8)).isEqualTo("example.rules.one.CompiledRuleMetadata\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()},
        getClass().getClassLoader())) {
      Map<String, RuleMetadata> catalogued = new java.util.HashMap<>();
      ServiceLoader.load(RuleMetadataCatalog.class, loader)
          .forEach(c -> catalogued.putAll(c.byRuleClass()));
      Class<?> rule = loader.loadClass("example.rules.one.ExampleRule");
      assertThat(catalogued).containsOnlyKeys(rule.getName());
      assertThat(catalogued.get(rule.getName())).isEqualTo(RuleMetadata.of(rule));
      assertThat(catalogued.get(rule.getName()).help()).isEqualTo("## What it finds\n  \"x\"");
    }
  }

  @Test
  void anOptionDefaultOfTheWrongTypeFailsTheCompilation(@TempDir Path out) throws Exception {
    Compiled compiled = compile(out, "two", "five");
    assertThat(compiled.success()).isFalse();
    assertThat(compiled.diagnostics())
        .contains("Invalid @LintRule: Default of option limit is not a whole number: five");
  }

  @Test
  void aCatalogThatCannotBeLoadedLeavesTheAnnotationsToSay(@TempDir Path out) throws Exception {
    Path services = Files.createDirectories(out.resolve("META-INF/services"));
    Files.writeString(services.resolve(RuleMetadataCatalog.class.getName()),
        "example.does.not.Exist\n", StandardCharsets.UTF_8);
    Compiled compiled = compile(out, "three", "5");
    assertThat(compiled.success()).as(compiled.diagnostics()).isTrue();
    // The compilation replaced the service file; put the broken entry first again.
    Files.writeString(services.resolve(RuleMetadataCatalog.class.getName()),
        "example.does.not.Exist\nexample.rules.three.CompiledRuleMetadata\n",
        StandardCharsets.UTF_8);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()},
        getClass().getClassLoader())) {
      RuleRegistry registry = RuleRegistry.load(loader, List.of()); // the processor's Rule file
      assertThat(registry.find("ASL990")).get().extracting(RegisteredRule::metadata)
          .isEqualTo(RuleMetadata.of(loader.loadClass("example.rules.three.ExampleRule")));
    }
  }
}
