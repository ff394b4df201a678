package org.netinnov.synth;

import java.util.Arrays;

/** Draws distinct six-digit A-share stock codes and writes them with their leading zeros. */
final class StockCodes {
  private StockCodes() {}

  static final int MAX_FIRMS = 999_999;

  /**
   * {@code firms} distinct codes in increasing order, drawn without replacement by a partial Fisher–Yates
   * shuffle of the pool: the realistic exchange ranges of {@link ChinaTables#REALISTIC_CODE_RANGES} while
   * {@code firms} is at most half of that pool, otherwise every code 000001..999999.
   */
  static int[] draw(int firms, Xoshiro256StarStar rng) {
    if (firms < 1 || firms > MAX_FIRMS) {
      throw new IllegalArgumentException("firms must be in 1.." + MAX_FIRMS + ": " + firms);
    }
    int[] pool = realisticPool();
    if (firms > pool.length / 2) {
      pool = new int[MAX_FIRMS];
      for (int i = 0; i < MAX_FIRMS; i++) {
        pool[i] = i + 1;
      }
    }
    for (int i = 0; i < firms; i++) {
      int j = i + rng.nextInt(pool.length - i);
      int swap = pool[i];
      pool[i] = pool[j];
      pool[j] = swap;
    }
    int[] codes = Arrays.copyOf(pool, firms);
    Arrays.sort(codes);
    return codes;
  }

  private static int[] realisticPool() {
    int n = 0;
    for (int[] r : ChinaTables.REALISTIC_CODE_RANGES) {
      n += r[1] - r[0] + 1;
    }
    int[] pool = new int[n];
    int k = 0;
    for (int[] r : ChinaTables.REALISTIC_CODE_RANGES) {
      for (int c = r[0]; c <= r[1]; c++) {
        pool[k++] = c;
      }
    }
    return pool;
  }

  /** The code as six ASCII digits, e.g. 333 → "000333". */
  static String format(int code) {
    char[] c = new char[6];
    for (int i = 5; i >= 0; i--) {
      c[i] = (char) ('0' + code % 10);
      code /= 10;
    }
    return new String(c);
  }
}
