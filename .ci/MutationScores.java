import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Prints PIT's mutation score per package as a Markdown table, from the mutations.xml of one or
 * more modules (the -Pmutation profile writes target/pit-reports/mutations.xml):
 * {@code java .ci/MutationScores.java linter-core/target/pit-reports/mutations.xml ...}.
 * The score is PIT's: detected mutants (killed, timed out, memory or run error) over all
 * mutants; "no coverage" counts the mutants no test reaches, which are part of the total.
 * Given several files (a module's own run and another module's run with -Dpit.crossModule=true),
 * a mutant is counted once and is detected when any of the runs detected it: PIT numbers the
 * mutants of one class the same way in every run.
 */
public class MutationScores {

  private static final class Count {
    int total;
    int detected;
    int noCoverage;
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: java .ci/MutationScores.java MODULE/target/pit-reports/mutations.xml ...");
      System.exit(2);
    }
    // One entry per mutant: class, method, descriptor, instruction indexes and mutator.
    Map<String, String> statusOf = new LinkedHashMap<>();
    for (String arg : args) {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList mutations = factory.newDocumentBuilder().parse(Files.newInputStream(Path.of(arg)))
          .getElementsByTagName("mutation");
      for (int i = 0; i < mutations.getLength(); i++) {
        Element mutation = (Element) mutations.item(i);
        String key = String.join("|", text(mutation, "mutatedClass"), text(mutation, "mutatedMethod"),
            text(mutation, "methodDescription"), text(mutation, "indexes"), text(mutation, "mutator"));
        String status = Boolean.parseBoolean(mutation.getAttribute("detected"))
            ? "DETECTED" : mutation.getAttribute("status");
        statusOf.merge(key, status, (a, b) -> a.equals("DETECTED") || b.equals("DETECTED") ? "DETECTED"
            : a.equals("NO_COVERAGE") ? b : a);
      }
    }
    Map<String, Count> packages = new TreeMap<>();
    Count all = new Count();
    statusOf.forEach((key, status) -> {
      String mutatedClass = key.substring(0, key.indexOf('|'));
      int dot = mutatedClass.lastIndexOf('.');
      String pkg = dot < 0 ? "(default)" : mutatedClass.substring(0, dot);
      for (Count count : new Count[] {packages.computeIfAbsent(pkg, p -> new Count()), all}) {
        count.total++;
        if (status.equals("DETECTED")) {
          count.detected++;
        } else if (status.equals("NO_COVERAGE")) {
          count.noCoverage++;
        }
      }
    });
    System.out.println("| package | mutants | killed | no coverage | score |");
    System.out.println("|---|---:|---:|---:|---:|");
    packages.forEach((pkg, count) -> System.out.println(row(pkg, count)));
    System.out.println(row("**all**", all));
  }

  private static String text(Element mutation, String tag) {
    NodeList nodes = mutation.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
  }

  private static String row(String name, Count count) {
    long score = count.total == 0 ? 0 : Math.round(100.0 * count.detected / count.total);
    return "| " + name + " | " + count.total + " | " + count.detected + " | " + count.noCoverage
        + " | " + score + " % |";
  }
}
