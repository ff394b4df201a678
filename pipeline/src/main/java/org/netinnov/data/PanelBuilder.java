package org.netinnov.data;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a {@link Panel} from unsorted columns: sorts rows by firm then year, codes the firms, and refuses
 * duplicate firm-years (the cleaning stage resolves those before a panel is built).
 *
 * <p>Firm labels sort numerically when every label is an integer (so "2" precedes "10"), else as text.
 */
public final class PanelBuilder {
  private final String firmColumn;
  private final String yearColumn;
  private final String[] firmIds;
  private final int[] years;
  private final LinkedHashMap<String, double[]> numeric = new LinkedHashMap<>();
  private final LinkedHashMap<String, String[]> text = new LinkedHashMap<>();

  public PanelBuilder(String firmColumn, String yearColumn, String[] firmIds, int[] years) {
    if (firmIds.length != years.length) throw new IllegalArgumentException("firm and year columns differ in length");
    for (int i = 0; i < firmIds.length; i++)
      if (firmIds[i] == null || firmIds[i].isBlank())
        throw new IllegalArgumentException("row " + (i + 1) + ": blank firm id");
    this.firmColumn = firmColumn;
    this.yearColumn = yearColumn;
    this.firmIds = firmIds;
    this.years = years;
  }

  public PanelBuilder numeric(String name, double[] values) {
    check(name, values.length);
    numeric.put(name, values);
    return this;
  }

  public PanelBuilder text(String name, String[] values) {
    check(name, values.length);
    text.put(name, values);
    return this;
  }

  private void check(String name, int len) {
    if (len != years.length) throw new IllegalArgumentException("column `" + name + "` has " + len + " values, expected "
        + years.length);
    if (numeric.containsKey(name) || text.containsKey(name) || name.equals(firmColumn) || name.equals(yearColumn))
      throw new IllegalArgumentException("column `" + name + "` given twice");
  }

  /** @throws DuplicateFirmYearException when a firm-year occurs more than once */
  public Panel build() {
    int n = years.length;
    String[] distinct = Arrays.stream(firmIds).distinct().toArray(String[]::new);
    boolean allInts = Arrays.stream(distinct).allMatch(PanelBuilder::isInteger);
    if (allInts) {
      Arrays.sort(distinct, (a, b) -> {
        int c = new java.math.BigInteger(a.trim()).compareTo(new java.math.BigInteger(b.trim()));
        return c != 0 ? c : a.compareTo(b);
      });
    } else {
      Arrays.sort(distinct);
    }
    Map<String, Integer> code = new java.util.HashMap<>(distinct.length * 2);
    for (int i = 0; i < distinct.length; i++) code.put(distinct[i], i);
    int[] fc = new int[n];
    for (int i = 0; i < n; i++) fc[i] = code.get(firmIds[i]);
    // sort row indices by (firm code, year): a counting sort on firm, then year order inside each block
    int nf = distinct.length;
    int[] start = new int[nf + 1];
    for (int i = 0; i < n; i++) start[fc[i] + 1]++;
    for (int f = 0; f < nf; f++) start[f + 1] += start[f];
    int[] pos = Arrays.copyOf(start, nf);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[pos[fc[i]]++] = i;
    for (int f = 0; f < nf; f++) sortBlockByYear(order, start[f], start[f + 1]);
    int[] f2 = new int[n], y2 = new int[n];
    for (int j = 0; j < n; j++) {
      f2[j] = fc[order[j]];
      y2[j] = years[order[j]];
      if (j > 0 && f2[j] == f2[j - 1] && y2[j] == y2[j - 1])
        throw new DuplicateFirmYearException(distinct[f2[j]], y2[j]);
    }
    var num = new LinkedHashMap<String, double[]>();
    for (var e : numeric.entrySet()) num.put(e.getKey(), permute(e.getValue(), order));
    var txt = new LinkedHashMap<String, String[]>();
    for (var e : text.entrySet()) txt.put(e.getKey(), permute(e.getValue(), order));
    return new Panel(firmColumn, yearColumn, distinct, f2, y2, start, num, txt);
  }

  private void sortBlockByYear(int[] order, int lo, int hi) {
    // blocks are short (a firm's years); insertion sort is stable and fast here
    for (int i = lo + 1; i < hi; i++) {
      int v = order[i];
      int j = i - 1;
      while (j >= lo && years[order[j]] > years[v]) { order[j + 1] = order[j]; j--; }
      order[j + 1] = v;
    }
  }

  private static double[] permute(double[] src, int[] order) {
    double[] out = new double[order.length];
    for (int j = 0; j < order.length; j++) out[j] = src[order[j]];
    return out;
  }

  private static String[] permute(String[] src, int[] order) {
    String[] out = new String[order.length];
    for (int j = 0; j < order.length; j++) out[j] = src[order[j]];
    return out;
  }

  private static boolean isInteger(String s) {
    String t = s.trim();
    if (t.isEmpty() || t.length() > 30) return false;
    int i = (t.charAt(0) == '-') ? 1 : 0;
    if (i == t.length()) return false;
    for (; i < t.length(); i++) if (!Character.isDigit(t.charAt(i))) return false;
    return true;
  }

  /** A firm-year that occurs more than once. */
  public static final class DuplicateFirmYearException extends IllegalArgumentException {
    private final String firm;
    private final int year;

    public DuplicateFirmYearException(String firm, int year) {
      super("duplicate firm-year: firm " + firm + ", year " + year);
      this.firm = firm;
      this.year = year;
    }

    public String firm() { return firm; }

    public int year() { return year; }
  }
}
