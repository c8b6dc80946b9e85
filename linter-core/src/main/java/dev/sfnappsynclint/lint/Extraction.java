package dev.sfnappsynclint.lint;

import dev.sfnappsynclint.document.Document;
import dev.sfnappsynclint.finding.Finding;
import dev.sfnappsynclint.source.SourceFile;
import dev.sfnappsynclint.suppression.SuppressionMarker;
import java.util.List;

/**
 * What an extractor found in a file.
 *
 * @param documents what rules check
 * @param findings what the extractor reported itself (a definition that does not parse)
 * @param files every file the documents are read from, whose comments may suppress findings
 * @param markers texts inside the documents that may hold suppression markers
 * @param lintedPaths the files to count as linted, including those that did not parse
 */
public record Extraction(List<Document> documents, List<Finding> findings,
    List<SourceFile> files, List<SuppressionMarker> markers, List<String> lintedPaths) {

  public Extraction {
    documents = List.copyOf(documents);
    findings = List.copyOf(findings);
    files = List.copyOf(files);
    markers = List.copyOf(markers);
    lintedPaths = List.copyOf(lintedPaths);
  }

  /** A file with nothing but the extractor's own findings (it does not parse). */
  public static Extraction findingsOnly(List<Finding> findings, String path) {
    return new Extraction(List.of(), findings, List.of(), List.of(), List.of(path));
  }
}
