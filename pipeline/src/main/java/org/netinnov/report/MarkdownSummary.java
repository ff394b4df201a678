package org.netinnov.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.netinnov.report.model.Block;
import org.netinnov.report.model.Cell;
import org.netinnov.report.model.Report;
import org.netinnov.report.model.Sheet;
import org.netinnov.report.model.Table;

/**
 * A short {@code report.md}: the run's facts, then the chosen sheets (typically the sample, the hypothesis scorecard
 * and the main regression table) as GitHub-flavoured Markdown. Tables become pipe tables (the first header row is
 * the Markdown header, further header rows follow as ordinary rows; Markdown has no rules inside tables), notes
 * become italic lines, charts link to {@code charts/<id>.png} next to the file, data blocks are mentioned by size.
 * Characters Markdown would interpret ({@code * _ | \ `}) are escaped, so "0.123***" shows its stars.
 */
public final class MarkdownSummary {
  private MarkdownSummary() {}

  /**
   * @param sectionSheetNames the sheets to include, in the order given
   * @throws IllegalArgumentException when a name is not a sheet of the report
   */
  public static void write(Report report, List<String> sectionSheetNames, Path md) throws IOException {
    Files.writeString(md, render(report, sectionSheetNames), StandardCharsets.UTF_8);
  }

  public static String render(Report report, List<String> sectionSheetNames) {
    int decimals = report.decimals() >= 0 ? report.decimals() : 3;
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(escape(report.runName())).append("\n\n");
    for (Map.Entry<String, String> e : report.meta().entrySet())
      sb.append("- **").append(escape(e.getKey())).append("**: ").append(escape(e.getValue())).append('\n');
    if (!report.meta().isEmpty()) sb.append('\n');
    for (String name : sectionSheetNames) {
      Sheet sheet = report.sheets().stream().filter(s -> s.name().equals(name)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no sheet named '" + name + "' in the report; sheets: "
              + report.sheets().stream().map(Sheet::name).toList()));
      sb.append("## ").append(escape(name)).append("\n\n");
      for (Block b : sheet.blocks()) {
        if (b instanceof Block.TableBlock tb) table(sb, tb.table(), decimals);
        else if (b instanceof Block.TextBlock tx) {
          if (tx.heading() != null) sb.append("### ").append(escape(tx.heading())).append("\n\n");
          for (String p : tx.paragraphs()) sb.append(escape(p)).append("\n\n");
        } else if (b instanceof Block.ChartBlock cb) {
          sb.append("![").append(escape(cb.chart().title())).append("](charts/").append(cb.chart().id())
              .append(".png)\n\n");
        } else if (b instanceof Block.DataBlock db) {
          sb.append("_Data ").append(escape(db.id())).append(": ").append(NumberText.grouped(db.rows()))
              .append(" rows × ").append(db.columns().size()).append(" columns (in the workbook)._\n\n");
        }
      }
    }
    return sb.toString();
  }

  static void table(StringBuilder sb, Table t, int decimals) {
    int ncol = Math.max(1, t.columns());
    sb.append("**").append(escape(t.title())).append("**\n\n");
    List<List<Cell>> head = t.header();
    sb.append(line(head.isEmpty() ? List.of() : head.get(0), ncol, decimals, false));
    StringBuilder align = new StringBuilder("|");
    for (int c = 0; c < ncol; c++) align.append(c == 0 ? " :--- |" : t.regression() ? " :---: |" : " ---: |");
    sb.append(align).append('\n');
    for (int i = 1; i < head.size(); i++) sb.append(line(head.get(i), ncol, decimals, false));
    for (List<Cell> r : t.body()) sb.append(line(r, ncol, decimals, false));
    sb.append('\n');
    for (String n : t.notes()) sb.append('_').append(escape(n)).append("_  \n");
    sb.append('\n');
  }

  private static String line(List<Cell> r, int ncol, int decimals, boolean bold) {
    List<String> parts = new ArrayList<>(ncol);
    for (int c = 0; c < ncol; c++) {
      String s = c < r.size() ? escape(NumberText.display(r.get(c), decimals)) : "";
      boolean b = bold || (c < r.size() && r.get(c).bold());
      parts.add(b && !s.isEmpty() ? "**" + s + "**" : s);
    }
    return "| " + String.join(" | ", parts) + " |\n";
  }

  static String escape(String s) {
    if (s == null) return "";
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '*' || ch == '_' || ch == '|' || ch == '\\' || ch == '`') sb.append('\\');
      if (ch == '\n' || ch == '\r') {
        sb.append(' ');
        continue;
      }
      sb.append(ch);
    }
    return sb.toString();
  }
}
