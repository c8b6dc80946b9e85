package dev.sfnappsynclint.rule;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/services/dev.sfnappsynclint.rule.Rule} from the classes annotated with
 * {@link LintRule}, so that adding a rule means adding its class and nothing else. Fails the
 * compilation when an annotated class could not be loaded by ServiceLoader.
 */
@SupportedAnnotationTypes("dev.sfnappsynclint.rule.LintRule")
public final class RuleRegistrationProcessor extends AbstractProcessor {

  static final String SERVICE_FILE = "META-INF/services/" + Rule.class.getName();

  private final Set<String> ruleClasses = new TreeSet<>();

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeMirror ruleType = processingEnv.getElementUtils()
        .getTypeElement(Rule.class.getName()).asType();
    for (Element element : round.getElementsAnnotatedWith(LintRule.class)) {
      if (element.getKind() != ElementKind.CLASS) {
        continue;
      }
      TypeElement type = (TypeElement) element;
      if (!element.getModifiers().contains(Modifier.PUBLIC)
          || element.getModifiers().contains(Modifier.ABSTRACT)
          || !processingEnv.getTypeUtils().isAssignable(type.asType(), ruleType)
          || !hasPublicNoArgConstructor(type)) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
            "A @LintRule class must be public, concrete, implement " + Rule.class.getName()
                + " and have a public no-argument constructor", element);
        continue;
      }
      ruleClasses.add(processingEnv.getElementUtils().getBinaryName(type).toString());
    }
    if (round.processingOver() && !ruleClasses.isEmpty()) {
      try (Writer writer = new java.io.OutputStreamWriter(processingEnv.getFiler()
          .createResource(StandardLocation.CLASS_OUTPUT, "", SERVICE_FILE).openOutputStream(),
          StandardCharsets.UTF_8)) {
        for (String name : ruleClasses) {
          writer.write(name);
          writer.write('\n');
        }
      } catch (IOException e) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
            "Cannot write " + SERVICE_FILE + ": " + e.getMessage());
      }
    }
    return false;
  }

  private static boolean hasPublicNoArgConstructor(TypeElement type) {
    boolean anyConstructor = false;
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.CONSTRUCTOR) {
        anyConstructor = true;
        ExecutableElement constructor = (ExecutableElement) member;
        if (constructor.getParameters().isEmpty()
            && constructor.getModifiers().contains(Modifier.PUBLIC)) {
          return true;
        }
      }
    }
    return !anyConstructor;
  }
}
