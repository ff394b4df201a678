package org.netinnov.clean;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a messy CSMAR-like firm-year CSV (8 descriptive + 30 measured columns) and counts exactly what it injected,
 * so tests can check that the cleaning log accounts for every problem, and the bench has a 1M-row file to read.
 *
 * <p>Injected kinds (a cell carries at most one): missing markers (3% of measured cells, one of the seven markers),
 * percent text in share columns (2%), thousands-separator text in money columns (2%, values ≥ 1000), outliers in
 * {@code leverage} (&gt; 5) and {@code roa} (|roa| &gt; 2), exact duplicate lines, conflicting duplicate lines (one
 * plain cell changed), blank firm ids. Counts are over data lines as written, duplicates included — the same rule
 * as the synthetic generator's {@code _injected.json}.
 *
 * <p>Run {@code main(path, rows)} to write a big file for measuring (not committed).
 */
public final class MessyPanelWriter {
  static final String[] MARKERS = {"", "n/a", "NA", "-", "\u2014", "null", "#N/A"};
  static final String[] SHARES = {"overseas_revenue_share", "top5_customer_share", "top5_supplier_share",
      "rd_personnel_ratio", "market_share"};
  static final String[] MONEY = {"gov_subsidy", "revenue", "donations", "rd_spending", "total_assets", "net_profit"};
  static final String[] COUNTS = {"overseas_subsidiaries", "cross_border_ma", "export_countries", "political_tie",
      "gov_projects", "alliances", "association_memberships", "university_collab", "rd_centers_domestic",
      "rd_centers_overseas", "board_meetings", "office_area", "website_languages", "patent_applications",
      "invention_patents", "firm_age"};
  static final String[] DECIMALS = {"overseas_revenue_growth", "leverage", "roa"};

  /** Exact counts of what was written. */
  public static final class Injected {
    public long dataLines, blankFirmIds, exactDuplicates, conflictingDuplicates;
    public final Map<String, Long> missing = new LinkedHashMap<>();
    public final Map<String, Long> missingByMarker = new LinkedHashMap<>();
    public final Map<String, Long> percent = new LinkedHashMap<>();
    public final Map<String, Long> thousands = new LinkedHashMap<>();
    public final Map<String, Long> outliers = new LinkedHashMap<>();
    /** Outliers on lines that survive the identifiers step and duplicates policy {@code first}. */
    public final Map<String, Long> outliersKept = new LinkedHashMap<>();

    static long total(Map<String, Long> m) { return m.values().stream().mapToLong(Long::longValue).sum(); }
  }

  private MessyPanelWriter() {}

  public static String[] measured() {
    var all = new java.util.ArrayList<String>();
    all.addAll(java.util.List.of(SHARES));
    all.addAll(java.util.List.of(MONEY));
    all.addAll(java.util.List.of(COUNTS));
    all.addAll(java.util.List.of(DECIMALS));
    return all.toArray(String[]::new);
  }

  /** Writes about {@code rows} data lines (firms × 20 years, with gaps and duplicates). */
  public static Injected write(Path file, int rows, long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    String[] measured = measured();
    Injected inj = new Injected();
    for (String c : measured) {
      inj.missing.put(c, 0L);
    }
    for (String m : MARKERS) inj.missingByMarker.put(m, 0L);
    for (String c : SHARES) inj.percent.put(c, 0L);
    for (String c : MONEY) inj.thousands.put(c, 0L);
    inj.outliers.put("leverage", 0L);
    inj.outliers.put("roa", 0L);
    inj.outliersKept.put("leverage", 0L);
    inj.outliersKept.put("roa", 0L);
    String[] cells = new String[measured.length];
    int[] kind = new int[measured.length]; // 0 plain, 1 missing, 2 percent, 3 thousands, 4 outlier
    StringBuilder line = new StringBuilder(512);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("firm_id,firm_name,industry,province,region,soe,list_year,year");
      for (String c : measured) w.write("," + c);
      w.write("\n");
      int firm = 0;
      while (inj.dataLines < rows) {
        firm++;
        String id = String.format(Locale.ROOT, "%06d", firm * 3 % 1_000_000);
        String industry = "C" + (13 + firm % 30);
        String province = "P" + (firm % 31);
        for (int y = 2004; y <= 2023 && inj.dataLines < rows; y++) {
          if (y > 2004 && r.nextDouble() < 0.05) continue; // gap
          boolean blank = y > 2004 && r.nextDouble() < 0.0004;
          boolean dup = !blank && r.nextDouble() < 0.003;
          boolean exact = dup && r.nextDouble() < 0.5;
          for (int c = 0; c < measured.length; c++) {
            String name = measured[c];
            if (r.nextDouble() < 0.03) {
              int m = r.nextInt(MARKERS.length);
              cells[c] = MARKERS[m];
              kind[c] = 1;
              continue;
            }
            double u = r.nextDouble();
            kind[c] = 0;
            if (isIn(name, SHARES)) {
              double v = r.nextDouble();
              if (u < 0.02) {
                cells[c] = fixed(v * 100, 2) + "%";
                kind[c] = 2;
              } else cells[c] = fixed(v);
            } else if (isIn(name, MONEY)) {
              double v = Math.exp(8 + 8 * r.nextDouble());
              if (u < 0.02) {
                cells[c] = "\"" + grouped(v) + "\"";
                kind[c] = 3;
              } else cells[c] = fixed(v, 2);
            } else if (isIn(name, COUNTS)) {
              cells[c] = Integer.toString(r.nextInt(50));
            } else if (name.equals("leverage") && u < 0.0005) {
              cells[c] = fixed(8 + 52 * r.nextDouble());
              kind[c] = 4;
            } else if (name.equals("roa") && u < 0.0005) {
              cells[c] = fixed((r.nextDouble() < 0.7 ? -1 : 1) * (3 + 9 * r.nextDouble()));
              kind[c] = 4;
            } else if (name.equals("leverage")) {
              cells[c] = fixed(0.9 * r.nextDouble());
            } else if (name.equals("roa")) {
              cells[c] = fixed(r.nextDouble() - 0.5);
            } else {
              cells[c] = fixed(r.nextGaussian() * 0.3);
            }
          }
          line.setLength(0);
          line.append(blank ? "" : id).append(",Firm ").append(firm).append(',').append(industry).append(',')
              .append(province).append(",East,").append(firm % 2).append(",2003,").append(y);
          for (String cell : cells) line.append(',').append(cell);
          line.append('\n');
          w.write(line.toString());
          count(inj, measured, kind, cells);
          if (blank) inj.blankFirmIds++;
          else for (int c = 0; c < measured.length; c++) if (kind[c] == 4) inj.outliersKept.merge(measured[c], 1L, Long::sum);
          if (dup) {
            int plain = -1;
            if (!exact) for (int c = 0; c < measured.length; c++) if (kind[c] == 0 && isIn(measured[c], COUNTS)) { plain = c; break; }
            if (plain >= 0) {
              String old = cells[plain];
              cells[plain] = Integer.toString(Integer.parseInt(old) + 1);
              inj.conflictingDuplicates++;
            } else inj.exactDuplicates++;
            line.setLength(0);
            line.append(id).append(",Firm ").append(firm).append(',').append(industry).append(',')
                .append(province).append(",East,").append(firm % 2).append(",2003,").append(y);
            for (String cell : cells) line.append(',').append(cell);
            line.append('\n');
            w.write(line.toString());
            count(inj, measured, kind, cells);
          }
        }
      }
    }
    return inj;
  }

  private static void count(Injected inj, String[] measured, int[] kind, String[] cells) {
    inj.dataLines++;
    for (int c = 0; c < measured.length; c++) {
      switch (kind[c]) {
        case 1 -> {
          inj.missing.merge(measured[c], 1L, Long::sum);
          inj.missingByMarker.merge(cells[c], 1L, Long::sum);
        }
        case 2 -> inj.percent.merge(measured[c], 1L, Long::sum);
        case 3 -> inj.thousands.merge(measured[c], 1L, Long::sum);
        case 4 -> inj.outliers.merge(measured[c], 1L, Long::sum);
        default -> { }
      }
    }
  }

  static String fixed(double v) { return fixed(v, 4); }

  /** v with {@code d} decimals, half-up (String.format is too slow for a million lines). */
  static String fixed(double v, int d) {
    long scale = d == 2 ? 100 : 10_000;
    long m = Math.round(Math.abs(v) * scale);
    String frac = Long.toString(m % scale);
    while (frac.length() < d) frac = "0" + frac;
    return (v < 0 && m != 0 ? "-" : "") + (m / scale) + "." + frac;
  }

  /** v ≥ 1000 with two decimals and a comma every three integer digits. */
  static String grouped(double v) {
    String s = fixed(v, 2);
    int dot = s.indexOf('.');
    StringBuilder b = new StringBuilder(s.substring(dot));
    for (int i = dot - 1, k = 0; i >= 0; i--, k++) {
      if (k > 0 && k % 3 == 0) b.insert(0, ',');
      b.insert(0, s.charAt(i));
    }
    return b.toString();
  }

  private static boolean isIn(String s, String[] set) {
    for (String x : set) if (x.equals(s)) return true;
    return false;
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    Injected inj = write(out, rows, 42);
    System.out.println(out + ": " + inj.dataLines + " data lines, " + inj.blankFirmIds + " blank ids, "
        + inj.exactDuplicates + " exact and " + inj.conflictingDuplicates + " conflicting duplicates, missing "
        + Injected.total(inj.missing) + ", percent " + Injected.total(inj.percent) + ", thousands "
        + Injected.total(inj.thousands) + ", outliers " + Injected.total(inj.outliers));
  }
}
