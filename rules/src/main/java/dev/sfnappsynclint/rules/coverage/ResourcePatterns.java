package dev.sfnappsynclint.rules.coverage;

import dev.sfnappsynclint.asl.IntegrationPattern;
import dev.sfnappsynclint.asl.TaskResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code resourcePatterns} option of the policy rules: which Task resources a policy applies
 * to. Each pattern is one of two kinds; {@code *} in either matches any run of characters
 * (also none, also a {@code ${placeholder}}), and matching is case-sensitive, as resource ARNs
 * are.
 *
 * <ul>
 *   <li>An ARN prefix, starting with {@code arn:}: matches a resource whose text starts with
 *       it. The partition is ignored on both sides, so {@code arn:aws:lambda:} also matches
 *       {@code arn:aws-cn:lambda:...} and {@code arn:${AWS::Partition}:lambda:...}.
 *       {@code arn:aws:states:::glue:} and {@code arn:aws:states:::glue:*} match every Glue
 *       integration, {@code arn:aws:lambda:} every Lambda function ARN.</li>
 *   <li>An integration name, without {@code arn:}: the whole of {@code service:action}, with or
 *       without the integration pattern's suffix — {@code lambda:invoke},
 *       {@code glue:startJobRun.sync}, {@code sqs:*}, {@code aws-sdk:s3:*}, {@code http:invoke}.
 *       Without a suffix it matches every pattern of the action ({@code sns:publish} matches
 *       {@code sns:publish.waitForTaskToken}, not {@code sns:publishBatch}). A Lambda function
 *       ARN, or a placeholder the template replaces with one, is {@code lambda:invoke}; an
 *       activity is {@code activity:NAME}.</li>
 * </ul>
 *
 * <p>A resource that is a whole {@code ${placeholder}} the template does not resolve matches
 * no pattern: what it calls is unknown.
 */
final class ResourcePatterns {

  /** The option's name, as the rules declare it. */
  static final String OPTION = "resourcePatterns";

  /** The option's description, shared by the rules that take it. */
  static final String DESCRIPTION = "Only Task states whose resource matches one of these need "
      + "it; empty: every Task. An ARN prefix (`arn:aws:states:::glue:`, `arn:aws:lambda:`) or "
      + "an integration name (`lambda:invoke`, `glue:startJobRun.sync`, `sqs:*`, "
      + "`aws-sdk:s3:*`); `*` matches anything";

  private record Entry(String text, Pattern regex) {}

  private final List<Entry> entries;

  private ResourcePatterns(List<Entry> entries) {
    this.entries = entries;
  }

  static ResourcePatterns of(List<String> patterns) {
    List<Entry> entries = new ArrayList<>();
    for (String pattern : patterns) {
      String text = pattern.strip();
      if (text.isEmpty()) {
        continue;
      }
      if (text.startsWith("arn:")) {
        entries.add(new Entry(text, Pattern.compile(glob(withoutPartition(text)) + ".*",
            Pattern.DOTALL)));
      } else {
        entries.add(new Entry(text, Pattern.compile(glob(text))));
      }
    }
    return new ResourcePatterns(List.copyOf(entries));
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The first pattern that matches the resource; empty when none does. */
  Optional<String> match(TaskResource resource) {
    Optional<String> arn = resource.text().filter(t -> t.startsWith("arn:"))
        .map(ResourcePatterns::withoutPartition);
    List<String> names = integrationNames(resource);
    for (Entry entry : entries) {
      boolean matches = entry.text().startsWith("arn:")
          ? arn.filter(a -> entry.regex().matcher(a).matches()).isPresent()
          : names.stream().anyMatch(n -> entry.regex().matcher(n).matches());
      if (matches) {
        return Optional.of(entry.text());
      }
    }
    return Optional.empty();
  }

  /**
   * The names an integration-name pattern is matched against: {@code service:action} with its
   * suffix, and without it.
   */
  static List<String> integrationNames(TaskResource resource) {
    List<String> names = new ArrayList<>();
    if (resource.isIntegration() && resource.service().isPresent()
        && resource.action().isPresent()) {
      String base = (resource.is(TaskResource.Kind.SDK_INTEGRATION) ? "aws-sdk:" : "")
          + resource.service().get() + ":" + resource.action().get();
      String suffix = resource.pattern().map(IntegrationPattern::suffix).orElse("");
      names.add(base + suffix);
      if (!suffix.isEmpty()) {
        names.add(base);
      }
    } else if (resource.isLambda()) {
      names.add("lambda:invoke");
    } else if (resource.is(TaskResource.Kind.ACTIVITY) && resource.resourceName().isPresent()) {
      names.add("activity:" + resource.resourceName().get());
    }
    return names;
  }

  /** {@code arn:PARTITION:rest} as {@code arn::rest}; a placeholder may be the partition. */
  static String withoutPartition(String arn) {
    int depth = 0;
    for (int i = 4; i < arn.length(); i++) {
      char c = arn.charAt(i);
      if (c == '$' && i + 1 < arn.length() && arn.charAt(i + 1) == '{') {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      } else if (c == ':' && depth == 0) {
        return "arn:" + arn.substring(i);
      }
    }
    return arn;
  }

  private static String glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (String part : pattern.split("\\*", -1)) {
      if (!regex.isEmpty()) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    return regex.toString();
  }
}
