package org.netinnov.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FactorTest {
  /**
   * Integer factors (years) built from a presence table have the levels a sort gives: labels in ascending order,
   * codes their positions, gaps in the years included.
   */
  @Test
  void intLevelsAreTheSortedDistinctValues() {
    SplittableRandom rnd = new SplittableRandom(7);
    for (int c = 0; c < 50; c++) {
      long seed = rnd.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      int n = r.nextInt(0, 200);
      int[] year = new int[n];
      int base = r.nextInt(1950, 2020), span = r.nextInt(1, 30);
      for (int i = 0; i < n; i++) year[i] = base + r.nextInt(span) * (r.nextBoolean() ? 1 : 2);
      TreeSet<Integer> sorted = new TreeSet<>();
      for (int y : year) sorted.add(y);
      String[] labels = sorted.stream().map(String::valueOf).toArray(String[]::new);
      int[] codes = new int[n];
      for (int i = 0; i < n; i++) codes[i] = sorted.headSet(year[i]).size();
      Factor got = Factor.ofInts("year", year);
      assertThat(got.codes()).as("seed %d", seed).containsExactly(codes);
      assertThat(got.labels()).as("seed %d", seed).containsExactly(labels);
      assertThat(got.name()).isEqualTo("year");
    }
  }
}
