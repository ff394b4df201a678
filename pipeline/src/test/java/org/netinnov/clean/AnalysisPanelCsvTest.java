package org.netinnov.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netinnov.data.Panel;
import org.netinnov.data.PanelBuilder;

class AnalysisPanelCsvTest {
  @TempDir Path dir;

  @Test void quotingMissingAndFullPrecision() throws Exception {
    Panel p = new PanelBuilder("firm id", "year", new String[] {"000333", "000333", "A,B"}, new int[] {2019, 2020, 2019})
        .numeric("x", new double[] {0.1 + 0.2, Double.NaN, -3})
        .numeric("big", new double[] {1e300, 123456789012.0, -0.0})
        .text("name", new String[] {"say \"hi\"", null, "two\nlines"})
        .build();
    Path csv = dir.resolve("out/analysis_panel.csv");
    CleanStage.writeAnalysisPanel(p, csv);
    String text = Files.readString(csv);
    assertThat(text).startsWith("firm id,year,x,big,name\n");
    assertThat(text).contains("000333,2019,0.30000000000000004,1.0E300,\"say \"\"hi\"\"\"\n");
    assertThat(text).contains("000333,2020,,123456789012,\n");
    assertThat(text).contains("\"A,B\",2019,-3,-0.0,\"two\nlines\"\n");
  }

  /** Reading the written file back through the ingest gives every double bit for bit. */
  @Test void roundTripsThroughTheReader() {
    SplittableRandom r = new SplittableRandom(11);
    int n = 500;
    String[] firm = new String[n];
    int[] year = new int[n];
    double[] x = new double[n], y = new double[n];
    for (int i = 0; i < n; i++) {
      firm[i] = String.format("%06d", i / 5);
      year[i] = 2000 + i % 5;
      x[i] = r.nextInt(10) == 0 ? Double.NaN : (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-10, 15));
      y[i] = r.nextInt(1000);
    }
    Panel p = new PanelBuilder("firm", "year", firm, year).numeric("x", x).numeric("y", y).build();
    Path csv = dir.resolve("p.csv");
    CleanStage.writeAnalysisPanel(p, csv);
    Panel q = Fixture.run(dir, Fixture.data("p.csv", "firm", "year"), "").panel();
    assertThat(q.firmLabels()).containsExactly(p.firmLabels());
    for (String c : List.of("x", "y")) {
      double[] a = p.numeric(c), b = q.numeric(c);
      for (int i = 0; i < n; i++)
        assertThat(Double.doubleToLongBits(b[i])).as("seed 11 %s row %d", c, i).isEqualTo(Double.doubleToLongBits(a[i]));
    }
  }
}
