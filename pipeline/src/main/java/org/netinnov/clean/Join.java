package org.netinnov.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import org.netinnov.data.Panel;
import org.netinnov.data.PanelBuilder;

/**
 * Joins a further file's panel to the main panel on (firm id, year): {@code left} keeps every main firm-year
 * (missing where the other file has no row), {@code inner} keeps only firm-years found in both. Both panels are
 * already free of duplicate firm-years, so each main row matches at most one row. Column names other than firm and
 * year must not overlap (rename them with the join's {@code rename}).
 */
final class Join {
  private Join() {}

  static Panel apply(Panel main, Panel other, String how, String source, CleanLog log) {
    var overlap = new LinkedHashSet<String>(main.numericNames());
    overlap.addAll(main.textNames());
    var otherNames = new ArrayList<String>(other.numericNames());
    otherNames.addAll(other.textNames());
    overlap.retainAll(otherNames);
    if (!overlap.isEmpty())
      throw new InputException(source + ": column(s) " + String.join(", ", overlap.stream().map(s -> "`" + s + "`").toList())
          + " also in the main data; rename them in this join's `rename`");
    if (otherNames.contains(main.firmColumn()) || otherNames.contains(main.yearColumn()))
      throw new InputException(source + ": has a variable named like the main firm or year column (`"
          + main.firmColumn() + "`, `" + main.yearColumn() + "`); rename it");

    HashMap<String, Integer> otherCode = new HashMap<>();
    for (int g = 0; g < other.firms(); g++) otherCode.put(other.firmLabel(g), g);
    int n = main.rows();
    int[] match = new int[n];
    boolean[] hit = new boolean[other.rows()];
    int[] my = main.year(), oy = other.year();
    int matched = 0;
    StepLog s = new StepLog("join", source, "joined on firm and year (" + how + ")");
    List<String> mainMisses = new ArrayList<>();
    for (int f = 0; f < main.firms(); f++) {
      int lo = main.firmStart(f), hi = main.firmStart(f + 1);
      Integer g = otherCode.get(main.firmLabel(f));
      int j = g == null ? 0 : other.firmStart(g), jhi = g == null ? 0 : other.firmStart(g + 1);
      for (int i = lo; i < hi; i++) {
        while (j < jhi && oy[j] < my[i]) j++;
        if (j < jhi && oy[j] == my[i]) {
          match[i] = j;
          hit[j] = true;
          matched++;
        } else {
          match[i] = -1;
          if (mainMisses.size() < 10) mainMisses.add("main firm " + main.firmLabel(f) + ", " + my[i] + ": not in " + source);
        }
      }
    }
    long otherMisses = 0;
    List<String> otherEx = new ArrayList<>();
    for (int j = 0; j < hit.length; j++) {
      if (hit[j]) continue;
      otherMisses++;
      if (otherEx.size() < 10) otherEx.add(source + " firm " + other.firmLabel(other.firm()[j]) + ", " + oy[j] + ": not in the main data");
    }
    for (String e : mainMisses) s.example(e);
    for (String e : otherEx) s.example(e);
    boolean inner = how.equals("inner");
    int out = inner ? matched : n;
    int[] rows = new int[out];
    for (int i = 0, k = 0; i < n; i++) if (!inner || match[i] >= 0) rows[k++] = i;

    String[] firm = new String[out];
    int[] year = new int[out];
    for (int k = 0; k < out; k++) {
      firm[k] = main.firmLabel(main.firm()[rows[k]]);
      year[k] = my[rows[k]];
    }
    PanelBuilder b = new PanelBuilder(main.firmColumn(), main.yearColumn(), firm, year);
    for (String c : main.numericNames()) b.numeric(c, take(main.numeric(c), rows));
    for (String c : other.numericNames()) b.numeric(c, takeMatched(other.numeric(c), rows, match));
    for (String c : main.textNames()) b.text(c, take(main.text(c), rows));
    for (String c : other.textNames()) b.text(c, takeMatched(other.text(c), rows, match));
    Panel p = b.build();
    s.rows(n, out).count("main rows matched", matched).count("main rows without a match", n - matched)
        .count("joined rows without a match", otherMisses).count("rows dropped (inner join)", n - out)
        .cells(StepLog.nonMissing(main) + StepLog.nonMissing(other), StepLog.nonMissing(p));
    s.note(other.numericNames().size() + other.textNames().size() + " column(s) added: "
        + String.join(", ", otherNames));
    log.add(s.build());
    return p;
  }

  private static double[] take(double[] src, int[] rows) {
    double[] d = new double[rows.length];
    for (int k = 0; k < rows.length; k++) d[k] = src[rows[k]];
    return d;
  }

  private static String[] take(String[] src, int[] rows) {
    String[] d = new String[rows.length];
    for (int k = 0; k < rows.length; k++) d[k] = src[rows[k]];
    return d;
  }

  private static double[] takeMatched(double[] src, int[] rows, int[] match) {
    double[] d = new double[rows.length];
    for (int k = 0; k < rows.length; k++) {
      int j = match[rows[k]];
      d[k] = j < 0 ? Double.NaN : src[j];
    }
    return d;
  }

  private static String[] takeMatched(String[] src, int[] rows, int[] match) {
    String[] d = new String[rows.length];
    for (int k = 0; k < rows.length; k++) {
      int j = match[rows[k]];
      d[k] = j < 0 ? null : src[j];
    }
    return d;
  }
}
