package org.netinnov.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netinnov.data.Panel;

/** Files longer than one hand-over batch of the two-thread reader: order, line numbers and errors on either side. */
class PipelinedReadingTest {
  @TempDir Path dir;

  private static String rows(int n, int badAt, String bad) {
    StringBuilder b = new StringBuilder("firm,year,x,note\n");
    for (int i = 0; i < n; i++) {
      if (i == badAt) { b.append(bad).append('\n'); continue; }
      b.append(String.format("%05d", i / 10)).append(',').append(2000 + i % 10).append(',').append(i).append(',');
      if (i % 1000 == 0) b.append("\"multi\nline ").append(i).append('"'); // shifts physical lines from records
      else b.append("n").append(i % 7);
      b.append('\n');
    }
    return b.toString();
  }

  @Test void manyBatchesKeepOrderAndLineNumbers() {
    int n = 50_000;
    Fixture.write(dir, "big.csv", rows(n, -1, null));
    CleanResult r = Fixture.run(dir, Fixture.data("big.csv", "firm", "year"), "numeric: [x]");
    Panel p = r.panel();
    assertThat(p.rows()).isEqualTo(n);
    double[] x = p.numeric("x");
    for (int i = 0; i < n; i++) if (x[i] != i) assertThat(x[i]).as("row %d", i).isEqualTo(i);
    assertThat(Fixture.text(p, "note", "04000", 2000)).isEqualTo("multi\nline 40000");
  }

  @Test void aConsumerErrorInALaterBatchStopsBothThreads() throws Exception {
    Fixture.write(dir, "bad.csv", rows(60_000, 45_000, "00001,2001,1,2,3"));
    assertThatThrownBy(() -> Fixture.run(dir, Fixture.data("bad.csv", "firm", "year"), ""))
        .isInstanceOf(InputException.class).hasMessageContaining("line " + (45_000 + 2 + 45))
        .hasMessageContaining("more cells than the header");
    assertNoTokenizerThreadLeft();
  }

  @Test void aProducerErrorInALaterBatchIsRethrown() throws Exception {
    Fixture.write(dir, "quote.csv", rows(40_000, -1, null) + "00009,2001,1,\"never closed\n");
    assertThatThrownBy(() -> Fixture.run(dir, Fixture.data("quote.csv", "firm", "year"), ""))
        .isInstanceOf(InputException.class).hasMessageContaining("quote.csv").hasMessageContaining("never closed");
    assertNoTokenizerThreadLeft();
  }

  private static void assertNoTokenizerThreadLeft() throws InterruptedException {
    for (int k = 0; k < 100; k++) {
      boolean alive = Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("csv-tokenizer"));
      if (!alive) return;
      Thread.sleep(20);
    }
    throw new AssertionError("the csv-tokenizer thread is still running");
  }
}
