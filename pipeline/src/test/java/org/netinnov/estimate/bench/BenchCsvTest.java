package org.netinnov.estimate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's own CSV reader: exact round trip, quoted headers, unsorted rows, missing values. */
class BenchCsvTest {
  @TempDir Path dir;

  @Test
  void roundTripKeepsFifteenDigits() throws IOException {
    BenchData d = BenchGenerator.generate(300, 6, 3, 0.1, 5L);
    Path f = dir.resolve("b.csv");
    BenchCsv.write(d, f);
    BenchData r = BenchCsv.read(f);
    assertThat(r.n()).isEqualTo(d.n());
    assertThat(r.year()).containsExactly(d.year());
    for (int i = 0; i < d.n(); i++) {
      // the reader is exact on what it reads: compare with the JDK's parse of the written text
      assertThat(r.y()[i]).isEqualTo(Double.parseDouble(BenchCsv.digits15(d.y()[i])));
      for (int j = 0; j < 3; j++) assertThat(r.x()[j][i]).isEqualTo(Double.parseDouble(BenchCsv.digits15(d.x()[j][i])));
      assertThat(Math.abs(r.y()[i] - d.y()[i])).isLessThanOrEqualTo(1e-14 * Math.abs(d.y()[i]));
    }
    // firm codes follow first appearance, which is the generator's order here
    assertThat(r.firm()).containsExactly(d.firm());
  }

  @Test
  void sortsRowsSkipsIncompleteOnesAndParsesAnyDecimal() throws IOException {
    Path f = dir.resolve("c.csv");
    Files.writeString(f, "\"y\",\"firm\",\"year\",\"x1\"\r\n"
        + "1.5,B,2001,-2e-3\r\n"
        + "2.25,A,2002,0.1\r\n"
        + "NA,A,2003,1\r\n"
        + "3,B,2000,12345678901234567890.5\r\n"
        + "4,A,2001,+7.\r\n");
    BenchData r = BenchCsv.read(f);
    assertThat(r.n()).isEqualTo(4);
    // codes by first appearance: B = 0, A = 1; rows sorted by code then year
    assertThat(r.firm()).containsExactly(0, 0, 1, 1);
    assertThat(r.year()).containsExactly(2000, 2001, 2001, 2002);
    assertThat(r.y()).containsExactly(3, 1.5, 4, 2.25);
    assertThat(r.x()[0]).containsExactly(12345678901234567890.5, -2e-3, 7.0, 0.1);
  }
}
