package org.netinnov.estimate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netinnov.data.Factor;

class BenchDataTest {
  /** The bench's table-based year factor has the codes and labels of {@link Factor#ofInts}, gaps included. */
  @Test
  void yearFactorMatchesFactorOfInts() {
    SplittableRandom rnd = new SplittableRandom(7);
    for (int c = 0; c < 50; c++) {
      long seed = rnd.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      int n = r.nextInt(0, 200);
      int[] year = new int[n];
      int base = r.nextInt(1950, 2020), span = r.nextInt(1, 30);
      for (int i = 0; i < n; i++) year[i] = base + r.nextInt(span) * (r.nextBoolean() ? 1 : 2);
      Factor expected = Factor.ofInts("year", year), got = BenchData.yearFactor(year);
      assertThat(got.codes()).as("seed %d", seed).containsExactly(expected.codes());
      assertThat(got.labels()).as("seed %d", seed).containsExactly(expected.labels());
      assertThat(got.name()).isEqualTo("year");
    }
  }
}
