package org.netinnov.report.model;

import java.util.List;

/** What a sheet holds, top to bottom: tables, charts and paragraphs of text. */
public sealed interface Block {

  record TableBlock(Table table) implements Block {}

  record ChartBlock(Chart chart) implements Block {}

  /** A heading and paragraphs (explanations, warnings, "how to extend the case to a panel"). */
  record TextBlock(String heading, List<String> paragraphs) implements Block {}

  /**
   * A large data table (the analysis panel) written in streaming mode; columns of numbers or text.
   *
   * @param columns column names
   * @param numeric per column: the numbers, or null when the column is text
   * @param text    per column: the text values, or null when the column is numeric
   */
  record DataBlock(String id, List<String> columns, List<double[]> numeric, List<String[]> text, int rows)
      implements Block {}
}
