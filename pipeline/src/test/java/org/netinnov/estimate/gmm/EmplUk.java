package org.netinnov.estimate.gmm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Set;
import org.netinnov.data.Panel;
import org.netinnov.data.PanelBuilder;

/** The EmplUK test panel with log transforms: lemp, lwage, lcap, lout. */
final class EmplUk {
  private EmplUk() {}

  static Panel load() { return load(Set.of()); }

  /** The panel without the given firm-years, each written "firm:year". */
  static Panel load(Set<String> removed) {
    var firm = new ArrayList<String>();
    var year = new ArrayList<Integer>();
    var emp = new ArrayList<Double>();
    var wage = new ArrayList<Double>();
    var cap = new ArrayList<Double>();
    var out = new ArrayList<Double>();
    try (var in = EmplUk.class.getResourceAsStream("/reference/gmm/empluk.csv");
         var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = r.readLine().replace("\"", "");
      if (!header.equals("firm,year,sector,emp,wage,capital,output"))
        throw new IllegalStateException("unexpected header " + header);
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) continue;
        String[] f = line.split(",");
        if (removed.contains(f[0] + ":" + f[1])) continue;
        firm.add(f[0]);
        year.add(Integer.parseInt(f[1]));
        emp.add(Math.log(Double.parseDouble(f[3])));
        wage.add(Math.log(Double.parseDouble(f[4])));
        cap.add(Math.log(Double.parseDouble(f[5])));
        out.add(Math.log(Double.parseDouble(f[6])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PanelBuilder("firm", "year", firm.toArray(String[]::new),
        year.stream().mapToInt(Integer::intValue).toArray())
        .numeric("lemp", emp.stream().mapToDouble(Double::doubleValue).toArray())
        .numeric("lwage", wage.stream().mapToDouble(Double::doubleValue).toArray())
        .numeric("lcap", cap.stream().mapToDouble(Double::doubleValue).toArray())
        .numeric("lout", out.stream().mapToDouble(Double::doubleValue).toArray())
        .build();
  }
}
