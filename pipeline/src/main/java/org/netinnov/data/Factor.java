package org.netinnov.data;

import java.util.Arrays;
import java.util.HashMap;

/**
 * A categorical variable: {@code codes[i]} in {@code 0..levels()-1}, or -1 where missing; {@code labels[c]} is the
 * printable level. Used for fixed effects, clusters and the firm/year dimensions.
 */
public record Factor(String name, int[] codes, String[] labels) {

  public int levels() { return labels.length; }

  /** Factor of integer values (years): levels sorted ascending. */
  public static Factor ofInts(String name, int[] values) {
    int[] distinct = distinctSorted(values);
    String[] labels = new String[distinct.length];
    for (int i = 0; i < distinct.length; i++) labels[i] = Integer.toString(distinct[i]);
    int[] codes = new int[values.length];
    if (distinct.length > 0 && distinct[distinct.length - 1] - distinct[0] < 1_000_000) {
      int base = distinct[0];
      int[] lookup = new int[distinct[distinct.length - 1] - base + 1];
      for (int i = 0; i < distinct.length; i++) lookup[distinct[i] - base] = i;
      for (int i = 0; i < values.length; i++) codes[i] = lookup[values[i] - base];
    } else {
      for (int i = 0; i < values.length; i++) codes[i] = Arrays.binarySearch(distinct, values[i]);
    }
    return new Factor(name, codes, labels);
  }

  /**
   * Sorted distinct values without boxing: for a narrow range (years, codes) a presence table, two passes and no
   * sort; otherwise a sorted copy and one pass.
   */
  static int[] distinctSorted(int[] values) {
    if (values.length == 0) return new int[0];
    int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
    for (int x : values) {
      if (x < min) min = x;
      if (x > max) max = x;
    }
    if ((long) max - min < 1_000_000) {
      boolean[] present = new boolean[max - min + 1];
      for (int x : values) present[x - min] = true;
      int k = 0;
      for (boolean b : present) if (b) k++;
      int[] out = new int[k];
      for (int i = 0, j = 0; i < present.length; i++) if (present[i]) out[j++] = i + min;
      return out;
    }
    int[] v = values.clone();
    Arrays.sort(v);
    int k = 0;
    for (int i = 0; i < v.length; i++) if (i == 0 || v[i] != v[i - 1]) v[k++] = v[i];
    return Arrays.copyOf(v, k);
  }

  /** Factor of numeric values: levels sorted ascending; NaN is missing (-1). */
  public static Factor ofDoubles(String name, double[] values) {
    double[] distinct = Arrays.stream(values).filter(v -> !Double.isNaN(v)).distinct().sorted().toArray();
    String[] labels = new String[distinct.length];
    for (int i = 0; i < distinct.length; i++) labels[i] = formatLevel(distinct[i]);
    int[] codes = new int[values.length];
    for (int i = 0; i < values.length; i++)
      codes[i] = Double.isNaN(values[i]) ? -1 : Arrays.binarySearch(distinct, values[i]);
    return new Factor(name, codes, labels);
  }

  /** Factor of text values: levels sorted; null or blank is missing (-1). */
  public static Factor ofStrings(String name, String[] values) {
    String[] distinct = Arrays.stream(values).filter(v -> v != null && !v.isBlank()).distinct().sorted()
        .toArray(String[]::new);
    var lookup = new HashMap<String, Integer>(distinct.length * 2);
    for (int i = 0; i < distinct.length; i++) lookup.put(distinct[i], i);
    int[] codes = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      Integer c = values[i] == null ? null : lookup.get(values[i]);
      codes[i] = c == null ? -1 : c;
    }
    return new Factor(name, codes, distinct);
  }

  /** Interaction {@code a^b}: one level per observed combination. */
  public static Factor interact(Factor a, Factor b) {
    int n = a.codes.length;
    long[] key = new long[n];
    for (int i = 0; i < n; i++)
      key[i] = (a.codes[i] < 0 || b.codes[i] < 0) ? -1 : (long) a.codes[i] * b.levels() + b.codes[i];
    long[] distinct = Arrays.stream(key).filter(k -> k >= 0).distinct().sorted().toArray();
    String[] labels = new String[distinct.length];
    for (int i = 0; i < distinct.length; i++)
      labels[i] = a.labels[(int) (distinct[i] / b.levels())] + "^" + b.labels[(int) (distinct[i] % b.levels())];
    int[] codes = new int[n];
    for (int i = 0; i < n; i++) codes[i] = key[i] < 0 ? -1 : Arrays.binarySearch(distinct, key[i]);
    return new Factor(a.name + "^" + b.name, codes, labels);
  }

  /** Restrict to the given rows and renumber the levels that remain (in their original order). */
  public Factor subset(int[] rows) {
    int[] map = new int[levels()];
    Arrays.fill(map, -1);
    boolean[] used = new boolean[levels()];
    for (int r : rows) if (codes[r] >= 0) used[codes[r]] = true;
    int k = 0;
    for (int c = 0; c < levels(); c++) if (used[c]) map[c] = k++;
    String[] lab = new String[k];
    for (int c = 0; c < levels(); c++) if (used[c]) lab[map[c]] = labels[c];
    int[] out = new int[rows.length];
    for (int i = 0; i < rows.length; i++) out[i] = codes[rows[i]] < 0 ? -1 : map[codes[rows[i]]];
    return new Factor(name, out, lab);
  }

  private static String formatLevel(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
