package org.netinnov.data;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable firm-year table: rows sorted by firm, then year; one row per firm-year.
 *
 * <p>Firms are {@code int} codes {@code 0..firms()-1} (in sorted label order) with a dictionary back to the
 * labels; years are plain {@code int}s. Numeric variables are {@code double[]} with {@code NaN} for missing;
 * text variables (industry codes, names) are {@code String[]} with {@code null} for missing. The rows of firm
 * {@code f} are {@code firmStart(f) .. firmStart(f+1)-1}, so group operations are one pass over the arrays.
 *
 * <p>Arrays handed out are the panel's own storage: callers must not write to them. Every "with" method
 * returns a new panel that shares the unchanged columns.
 */
public final class Panel {
  private final String[] firmLabels;
  private final int[] firm;
  private final int[] year;
  private final int[] firmStart;
  private final LinkedHashMap<String, double[]> numeric;
  private final LinkedHashMap<String, String[]> text;
  private final String firmColumn;
  private final String yearColumn;
  private final Map<Integer, int[]> lagIndexCache = new ConcurrentHashMap<>();

  Panel(String firmColumn, String yearColumn, String[] firmLabels, int[] firm, int[] year, int[] firmStart,
      LinkedHashMap<String, double[]> numeric, LinkedHashMap<String, String[]> text) {
    this.firmColumn = firmColumn;
    this.yearColumn = yearColumn;
    this.firmLabels = firmLabels;
    this.firm = firm;
    this.year = year;
    this.firmStart = firmStart;
    this.numeric = numeric;
    this.text = text;
  }

  /** Name of the firm identifier column in the source data. */
  public String firmColumn() { return firmColumn; }

  /** Name of the year column in the source data. */
  public String yearColumn() { return yearColumn; }

  public int rows() { return firm.length; }

  public int firms() { return firmLabels.length; }

  /** Firm code of every row (non-decreasing). */
  public int[] firm() { return firm; }

  /** Year of every row (increasing within a firm). */
  public int[] year() { return year; }

  public String firmLabel(int code) { return firmLabels[code]; }

  public String[] firmLabels() { return firmLabels; }

  /** First row of firm {@code f}; {@code firmStart(firms())} is {@code rows()}. */
  public int firmStart(int f) { return firmStart[f]; }

  /** Offsets of the firm blocks, length {@code firms()+1}. */
  public int[] firmOffsets() { return firmStart; }

  public boolean hasNumeric(String name) { return numeric.containsKey(name); }

  public boolean hasText(String name) { return text.containsKey(name); }

  /** True for the firm and year columns and for every numeric or text variable. */
  public boolean hasColumn(String name) {
    return name.equals(firmColumn) || name.equals(yearColumn) || numeric.containsKey(name) || text.containsKey(name);
  }

  /** The numeric variable {@code name}; the year column is available as numeric too. */
  public double[] numeric(String name) {
    double[] v = numeric.get(name);
    if (v != null) return v;
    if (name.equals(yearColumn)) {
      double[] y = new double[year.length];
      for (int i = 0; i < y.length; i++) y[i] = year[i];
      return y;
    }
    throw new IllegalArgumentException("no numeric column `" + name + "` in the panel");
  }

  public String[] text(String name) {
    String[] v = text.get(name);
    if (v == null) throw new IllegalArgumentException("no text column `" + name + "` in the panel");
    return v;
  }

  public List<String> numericNames() { return List.copyOf(numeric.keySet()); }

  public List<String> textNames() { return List.copyOf(text.keySet()); }

  /** All column names: firm, year, then variables in insertion order. */
  public List<String> columnNames() {
    var all = new java.util.ArrayList<String>();
    all.add(firmColumn);
    all.add(yearColumn);
    all.addAll(numeric.keySet());
    all.addAll(text.keySet());
    return Collections.unmodifiableList(all);
  }

  /**
   * Codes of a categorical column for fixed effects or clustering: the firm column gives firm codes, the year
   * column year codes, a text column its distinct values, a numeric column its distinct values (NaN gives -1).
   */
  public Factor factor(String name) {
    if (name.equals(firmColumn)) return new Factor(name, firm.clone(), firmLabels.clone());
    if (name.equals(yearColumn)) return Factor.ofInts(name, year);
    if (text.containsKey(name)) return Factor.ofStrings(name, text.get(name));
    if (numeric.containsKey(name)) return Factor.ofDoubles(name, numeric.get(name));
    throw new IllegalArgumentException("no column `" + name + "` in the panel");
  }

  /** A new panel with {@code name} set to {@code values} (added at the end, or replaced in place). */
  public Panel withNumeric(String name, double[] values) {
    Objects.requireNonNull(values);
    if (values.length != rows()) throw new IllegalArgumentException("column `" + name + "` has " + values.length
        + " values, the panel has " + rows() + " rows");
    if (name.equals(firmColumn) || name.equals(yearColumn) || text.containsKey(name))
      throw new IllegalArgumentException("cannot overwrite the identifier or text column `" + name + "`");
    var copy = new LinkedHashMap<>(numeric);
    copy.put(name, values);
    return new Panel(firmColumn, yearColumn, firmLabels, firm, year, firmStart, copy, text);
  }

  /** A new panel without the named variables. */
  public Panel without(java.util.Collection<String> names) {
    var n = new LinkedHashMap<>(numeric);
    var t = new LinkedHashMap<>(text);
    for (String s : names) { n.remove(s); t.remove(s); }
    return new Panel(firmColumn, yearColumn, firmLabels, firm, year, firmStart, n, t);
  }

  /** The rows where {@code keep} is true; firms left without rows disappear (codes are renumbered). */
  public Panel filter(boolean[] keep) {
    if (keep.length != rows()) throw new IllegalArgumentException("mask length " + keep.length + " != " + rows());
    int n = 0;
    for (boolean k : keep) if (k) n++;
    int[] idx = new int[n];
    for (int i = 0, j = 0; i < keep.length; i++) if (keep[i]) idx[j++] = i;
    return select(idx);
  }

  /** The given rows, which must be increasing row indices. */
  public Panel select(int[] rowsIncreasing) {
    int n = rowsIncreasing.length;
    int[] newCode = new int[firms()];
    Arrays.fill(newCode, -1);
    int nf = 0;
    int[] f2 = new int[n];
    int[] y2 = new int[n];
    int prev = -1;
    for (int j = 0; j < n; j++) {
      int i = rowsIncreasing[j];
      if (i <= prev) throw new IllegalArgumentException("rows must be increasing");
      prev = i;
      int f = firm[i];
      if (newCode[f] < 0) newCode[f] = nf++;
      f2[j] = newCode[f];
      y2[j] = year[i];
    }
    String[] labels = new String[nf];
    for (int f = 0; f < firms(); f++) if (newCode[f] >= 0) labels[newCode[f]] = firmLabels[f];
    int[] start = new int[nf + 1];
    for (int j = 0; j < n; j++) start[f2[j] + 1]++;
    for (int f = 0; f < nf; f++) start[f + 1] += start[f];
    var num = new LinkedHashMap<String, double[]>();
    for (var e : numeric.entrySet()) {
      double[] src = e.getValue();
      double[] dst = new double[n];
      for (int j = 0; j < n; j++) dst[j] = src[rowsIncreasing[j]];
      num.put(e.getKey(), dst);
    }
    var txt = new LinkedHashMap<String, String[]>();
    for (var e : text.entrySet()) {
      String[] src = e.getValue();
      String[] dst = new String[n];
      for (int j = 0; j < n; j++) dst[j] = src[rowsIncreasing[j]];
      txt.put(e.getKey(), dst);
    }
    return new Panel(firmColumn, yearColumn, labels, f2, y2, start, num, txt);
  }

  /**
   * For every row, the row of the same firm in year {@code t - k} ({@code k < 0} is a lead), or -1 when that
   * firm-year is absent. Lags follow the calendar year, never the previous row.
   */
  public int[] lagIndex(int k) {
    return lagIndexCache.computeIfAbsent(k, this::computeLagIndex);
  }

  private int[] computeLagIndex(int k) {
    int n = rows();
    int[] out = new int[n];
    if (k == 0) {
      for (int i = 0; i < n; i++) out[i] = i;
      return out;
    }
    for (int f = 0; f < firms(); f++) {
      int lo = firmStart[f], hi = firmStart[f + 1];
      // years increase within a firm, so the target year t-k increases too and one forward pointer suffices
      int j = lo;
      for (int i = lo; i < hi; i++) {
        int target = year[i] - k;
        while (j < hi && year[j] < target) j++;
        out[i] = (j < hi && year[j] == target) ? j : -1;
      }
    }
    return out;
  }

  /** {@code x} at year {@code t - k} of the same firm (NaN where that firm-year is absent). */
  public double[] lag(double[] x, int k) {
    int[] idx = lagIndex(k);
    double[] out = new double[x.length];
    for (int i = 0; i < out.length; i++) out[i] = idx[i] < 0 ? Double.NaN : x[idx[i]];
    return out;
  }

  /** Distinct years in increasing order. */
  public int[] distinctYears() {
    return Factor.distinctSorted(year);
  }

  /** True when every firm is observed in every year of the panel. */
  public boolean isBalanced() {
    int t = distinctYears().length;
    return (long) t * firms() == rows();
  }

  @Override public String toString() {
    return "Panel[" + firms() + " firms, " + rows() + " firm-years, " + numeric.size() + " numeric and "
        + text.size() + " text variables]";
  }
}
