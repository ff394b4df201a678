package org.netinnov.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthetic panel: reproducibility, structure, injected problems recounted from the written file by an
 * independent parser, and properties of the documented data-generating process (datasets/README.md).
 */
class SyntheticPanelGeneratorTest {
  static final List<String> HEADER = List.of("firm_id", "firm_name", "industry", "province", "region", "soe",
      "list_year", "year", "overseas_revenue_share", "overseas_subsidiaries", "cross_border_ma", "export_countries",
      "gov_subsidy", "revenue", "donations", "political_tie", "gov_projects", "top5_customer_share",
      "top5_supplier_share", "alliances", "association_memberships", "university_collab", "rd_centers_domestic",
      "rd_centers_overseas", "rd_personnel_ratio", "rd_spending", "board_meetings", "office_area",
      "website_languages", "patent_applications", "invention_patents", "market_share", "overseas_revenue_growth",
      "total_assets", "leverage", "roa", "firm_age");
  static final int FIRST_MEASURED = 8;
  static final List<String> MARKERS = List.of("", "n/a", "NA", "-", "\u2014", "null", "#N/A");
  static final Set<String> SHARES = Set.of("overseas_revenue_share", "top5_customer_share", "top5_supplier_share",
      "rd_personnel_ratio", "market_share");
  static final Set<String> MONEY = Set.of("gov_subsidy", "revenue", "donations", "rd_spending", "total_assets");
  static final Set<String> DECIMALS = Set.of("overseas_revenue_growth", "leverage", "roa");
  static final Set<String> INDUSTRIES = Set.of("C13", "C26", "C27", "C34", "C35", "C38", "C39", "C40");
  static final Set<String> REGIONS = Set.of("east", "central", "west", "northeast");
  static final Pattern PERCENT = Pattern.compile("\\d+\\.\\d+%");
  static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+\\.\\d{2}");
  static final Pattern MONEY_PLAIN = Pattern.compile("\\d+\\.\\d{2}");
  static final Pattern MONEY_ANY = Pattern.compile("[\\d,]+\\.\\d{2}");

  // documented DGP values (datasets/README.md, "Outcome equation")
  static final double PATENT_INTERCEPT = 0.7;
  static final double GAMMA_G = 0.10;
  static final double GAMMA_B = 0.20;
  static final double GAMMA_T = 0.35;
  static final double SIZE_ELASTICITY = 0.5;
  static final double SIZE_CENTRE = 21.5;

  @TempDir
  static Path dir;
  static GenerationSummary summary;
  static List<String[]> lines;
  static List<String[]> truth;
  static JsonNode json;

  @BeforeAll
  static void generateDefault() throws IOException {
    summary = SyntheticPanelGenerator.generate(1500, 2006, 2023, 2026, dir.resolve("default/innovation_panel.csv"));
    lines = CsvLines.read(summary.csv());
    truth = CsvLines.read(summary.truth());
    json = new ObjectMapper().readTree(summary.injected().toFile());
  }

  @Test
  void writesTheThreeFilesBesideEachOther() {
    assertThat(summary.truth()).isEqualTo(dir.resolve("default/innovation_panel_truth.csv"));
    assertThat(summary.injected()).isEqualTo(dir.resolve("default/innovation_panel_injected.json"));
    assertThat(SyntheticPanelGenerator.sibling(Paths.get("x/panel.data"), "_truth.csv"))
        .isEqualTo(Paths.get("x/panel.data_truth.csv"));
  }

  @Test
  void committedDefaultEqualsAFreshGeneration() throws Exception {
    Path committed = Paths.get("datasets/synthetic");
    for (String name : List.of("innovation_panel.csv", "innovation_panel_truth.csv",
        "innovation_panel_injected.json")) {
      Path file = committed.resolve(name);
      assertThat(file).as("committed file (run from the repository root)").exists();
      assertThat(sha256(file)).as(name).isEqualTo(sha256(summary.csv().resolveSibling(name)));
    }
  }

  /** Also across thread counts: 600 firms are three rendering blocks. */
  @Test
  void sameSeedGivesIdenticalBytesAndAnotherSeedDoesNot() throws Exception {
    GenerationSummary a = SyntheticPanelGenerator.generate(600, 2006, 2023, 7, dir.resolve("a/p.csv"), 1);
    GenerationSummary b = SyntheticPanelGenerator.generate(600, 2006, 2023, 7, dir.resolve("b/p.csv"), 3);
    GenerationSummary c = SyntheticPanelGenerator.generate(600, 2006, 2023, 8, dir.resolve("c/p.csv"));
    assertThat(Files.mismatch(a.csv(), b.csv())).isEqualTo(-1L);
    assertThat(Files.mismatch(a.truth(), b.truth())).isEqualTo(-1L);
    assertThat(Files.mismatch(a.injected(), b.injected())).isEqualTo(-1L);
    assertThat(a).usingRecursiveComparison().ignoringFields("csv", "truth", "injected").isEqualTo(b);
    assertThat(Files.mismatch(a.csv(), c.csv())).isNotEqualTo(-1L);
    assertThat(Files.mismatch(a.truth(), c.truth())).isNotEqualTo(-1L);
  }

  @Test
  void hasTheExportStructure() {
    assertThat(lines.get(0)).containsExactlyElementsOf(HEADER);
    Map<String, String[]> firmConstants = new HashMap<>();
    Map<String, Integer> firstYear = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i);
      int lineNo = i + 1;
      check(f.length == HEADER.size(), lineNo, "*", String.join(",", f));
      check(f[0].isEmpty() || (f[0].length() == 6 && isDigits(f[0])), lineNo, "firm_id", f[0]);
      int year = Integer.parseInt(f[7]);
      int listYear = Integer.parseInt(f[6]);
      check(year >= 2006 && year <= 2023, lineNo, "year", f[7]);
      check(listYear >= 2006 && listYear <= 2012 && listYear <= year, lineNo, "list_year", f[6]);
      check(INDUSTRIES.contains(f[2]), lineNo, "industry", f[2]);
      check(REGIONS.contains(f[4]), lineNo, "region", f[4]);
      check(f[5].equals("0") || f[5].equals("1"), lineNo, "soe", f[5]);
      check(!f[1].isBlank(), lineNo, "firm_name", f[1]);
      if (f[0].isEmpty()) {
        continue;
      }
      // name, industry, province, region, soe and list year are firm constants
      String[] constants = {f[1], f[2], f[3], f[4], f[5], f[6]};
      String[] before = firmConstants.putIfAbsent(f[0], constants);
      check(before == null || Arrays.equals(before, constants), lineNo, "firm constants", String.join(",", constants));
      firstYear.merge(f[0], year, Math::min);
    }
    assertThat(firmConstants).hasSize(1500);
    assertThat(firmConstants.keySet()).anyMatch(id -> id.startsWith("00")); // leading zeros kept
    for (Map.Entry<String, String[]> e : firmConstants.entrySet()) {
      assertThat(firstYear.get(e.getKey())).as("rows start at entry").isEqualTo(Integer.parseInt(e.getValue()[5]));
    }
    long entryYears = firmConstants.values().stream().map(c -> c[5]).distinct().count();
    assertThat(entryYears).isEqualTo(7); // 2006..2012 all used
  }

  @Test
  void aboutFivePercentOfFirmYearsAreMissingAtRandom() {
    Map<String, Integer> listYear = new HashMap<>();
    Map<String, Set<Integer>> years = new HashMap<>();
    for (String[] f : lines.subList(1, lines.size())) {
      if (!f[0].isEmpty()) {
        listYear.put(f[0], Integer.parseInt(f[6]));
        years.computeIfAbsent(f[0], k -> new HashSet<>()).add(Integer.parseInt(f[7]));
      }
    }
    long expected = 0;
    long absent = 0;
    long interior = 0;
    for (Map.Entry<String, Set<Integer>> e : years.entrySet()) {
      int from = listYear.get(e.getKey());
      int last = e.getValue().stream().mapToInt(Integer::intValue).max().orElseThrow();
      for (int y = from; y <= 2023; y++) {
        expected++;
        if (!e.getValue().contains(y)) {
          absent++;
          interior += y < last ? 1 : 0;
        }
      }
    }
    double share = (double) absent / expected;
    assertThat(share).isBetween(0.035, 0.065);
    assertThat((double) interior / absent).as("gaps inside the series, not only at the end").isGreaterThan(0.7);
    // absent from the file = gaps + blank-id lines (whose firm cannot be seen)
    assertThat(absent).isEqualTo(summary.gapFirmYears() + summary.blankFirmIdRows());
  }

  @Test
  void injectedCountsEqualARecountOfTheWrittenFile() {
    Map<String, Long> missing = zeros(HEADER.subList(FIRST_MEASURED, HEADER.size()));
    Map<String, Long> byMarker = zeros(MARKERS);
    Map<String, Long> percent = zeros(SHARES);
    Map<String, Long> thousands = zeros(MONEY);
    Map<String, Long> outliers = zeros(List.of("leverage", "roa"));
    List<String> outlierCells = new ArrayList<>();
    List<String> duplicates = new ArrayList<>();
    List<String> blankIds = new ArrayList<>();
    Map<String, String[]> firstLineOfKey = new HashMap<>();
    long exact = 0;
    long modified = 0;
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i);
      int lineNo = i + 1;
      for (int c = FIRST_MEASURED; c < HEADER.size(); c++) {
        String col = HEADER.get(c);
        String text = f[c];
        if (MARKERS.contains(text)) {
          missing.merge(col, 1L, Long::sum);
          byMarker.merge(text, 1L, Long::sum);
        } else if (text.endsWith("%")) {
          check(SHARES.contains(col) && PERCENT.matcher(text).matches(), lineNo, col, text);
          percent.merge(col, 1L, Long::sum);
        } else if (text.contains(",")) {
          check(MONEY.contains(col) && THOUSANDS.matcher(text).matches(), lineNo, col, text);
          thousands.merge(col, 1L, Long::sum);
        } else {
          double v = Double.parseDouble(text);
          check(plainCellIsClean(col, text, v), lineNo, col, text);
          boolean outlier = ("leverage".equals(col) && v > 5) || ("roa".equals(col) && Math.abs(v) > 2);
          if (outlier) {
            outliers.merge(col, 1L, Long::sum);
            outlierCells.add(lineNo + "|" + col + "|" + text);
          }
        }
      }
      if (f[0].isEmpty()) {
        blankIds.add(lineNo + "|" + f[7]);
        continue;
      }
      String key = f[0] + "|" + f[7];
      String[] original = firstLineOfKey.putIfAbsent(key, f);
      if (original != null) {
        List<Integer> differing = new ArrayList<>();
        for (int c = 0; c < f.length; c++) {
          if (!f[c].equals(original[c])) {
            differing.add(c);
          }
        }
        if (differing.isEmpty()) {
          exact++;
          duplicates.add(lineNo + "|" + key + "|exact");
        } else {
          modified++;
          assertThat(differing).hasSize(1);
          int c = differing.get(0);
          assertThat(c).isGreaterThanOrEqualTo(FIRST_MEASURED);
          double before = Double.parseDouble(original[c]);
          double after = Double.parseDouble(f[c]);
          assertThat(before == 0 ? after > 0 : Math.abs(after) < Math.abs(before)).as("shrunk toward zero").isTrue();
          duplicates.add(lineNo + "|" + key + "|modified|" + HEADER.get(c) + "|" + original[c] + "|" + f[c]);
        }
      }
    }

    JsonNode rows = json.get("rows");
    assertThat(rows.get("data_lines").asLong()).isEqualTo(lines.size() - 1).isEqualTo(summary.dataLines());
    assertThat(rows.get("blank_firm_id_rows").asLong()).isEqualTo(blankIds.size()).isEqualTo(summary.blankFirmIdRows());
    assertThat(rows.get("exact_duplicate_rows").asLong()).isEqualTo(exact).isEqualTo(summary.exactDuplicateRows());
    assertThat(rows.get("modified_duplicate_rows").asLong()).isEqualTo(modified)
        .isEqualTo(summary.modifiedDuplicateRows());
    assertThat(rows.get("exported_firm_years").asLong()).isEqualTo(firstLineOfKey.size());
    assertThat(longMap(json.at("/missing/by_column"))).isEqualTo(missing).isEqualTo(summary.missingByColumn());
    assertThat(longMap(json.at("/missing/by_marker"))).isEqualTo(byMarker).isEqualTo(summary.missingByMarker());
    assertThat(json.at("/missing/total").asLong()).isEqualTo(summary.missingCells());
    assertThat(longMap(json.at("/percent_text/by_column"))).isEqualTo(percent)
        .isEqualTo(summary.percentTextByColumn());
    assertThat(longMap(json.at("/thousands_text/by_column"))).isEqualTo(thousands)
        .isEqualTo(summary.thousandsTextByColumn());
    assertThat(longMap(json.at("/outliers/by_column"))).isEqualTo(outliers).isEqualTo(summary.outliersByColumn());

    List<String> loggedOutliers = new ArrayList<>();
    json.at("/outliers/cells").forEach(n -> loggedOutliers.add(
        n.get("line").asLong() + "|" + n.get("column").asText() + "|" + n.get("written").asText()));
    assertThat(loggedOutliers).isEqualTo(outlierCells);
    List<String> loggedDuplicates = new ArrayList<>();
    json.at("/duplicates/lines").forEach(n -> loggedDuplicates.add(n.get("line").asLong() + "|"
        + n.get("firm_id").asText() + "|" + n.get("year").asInt() + "|" + n.get("kind").asText()
        + ("modified".equals(n.get("kind").asText()) ? "|" + n.get("column").asText() + "|"
        + n.get("original").asText() + "|" + n.get("duplicate").asText() : "")));
    assertThat(loggedDuplicates).isEqualTo(duplicates);
    List<String> loggedBlank = new ArrayList<>();
    json.at("/blank_firm_id/lines").forEach(n -> loggedBlank.add(n.get("line").asLong() + "|" + n.get("year").asInt()));
    assertThat(loggedBlank).isEqualTo(blankIds);

    // the amounts asked for: ~3% missing, ~0.3% duplicated firm-years, a few outliers and blank ids
    long measuredCells = (lines.size() - 1L) * (HEADER.size() - FIRST_MEASURED);
    assertThat((double) summary.missingCells() / measuredCells).isBetween(0.027, 0.033);
    assertThat((double) (exact + modified) / firstLineOfKey.size()).isBetween(0.002, 0.004);
    assertThat(exact).isPositive();
    assertThat(modified).isPositive();
    assertThat(summary.outlierCells()).isBetween(5L, 60L);
    assertThat(summary.blankFirmIdRows()).isBetween(3L, 25L);
    assertThat(summary.percentTextCells()).isPositive();
    assertThat(summary.thousandsTextCells()).isPositive();
  }

  /** Clean plain values: shares in [0, 1], money with two decimals, counts as non-negative integers. */
  private static boolean plainCellIsClean(String col, String text, double v) {
    if (SHARES.contains(col)) {
      return v >= 0.0 && v <= 1.0;
    } else if (MONEY.contains(col)) {
      return MONEY_PLAIN.matcher(text).matches();
    }
    return DECIMALS.contains(col) || isDigits(text);
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static void check(boolean ok, int line, String column, String text) {
    if (!ok) {
      throw new AssertionError("line " + line + ", column " + column + ": unexpected cell '" + text + "'");
    }
  }

  @Test
  void truthFileCoversEveryPotentialFirmYear() {
    assertThat(truth.get(0)).containsExactly("firm_id", "year", "ie", "government", "business", "technological",
        "placebo", "firm_effect", "patent_mean", "export_status");
    Set<String> exportedKeys = new HashSet<>();
    for (String[] f : lines.subList(1, lines.size())) {
      if (!f[0].isEmpty()) {
        exportedKeys.add(f[0] + "|" + f[7]);
      }
    }
    Map<String, Long> status = new TreeMap<>();
    Set<String> blankKeys = new HashSet<>();
    for (String[] t : truth.subList(1, truth.size())) {
      status.merge(t[9], 1L, Long::sum);
      String key = t[0] + "|" + t[1];
      assertThat(exportedKeys.contains(key)).as(key).isEqualTo("exported".equals(t[9]));
      if ("blank_id".equals(t[9])) {
        blankKeys.add(key);
      }
    }
    assertThat(status).containsOnlyKeys("blank_id", "exported", "gap");
    assertThat(status.get("gap")).isEqualTo(json.at("/rows/gap_firm_years").asLong());
    assertThat(status.get("exported")).isEqualTo(summary.exportedFirmYears());
    assertThat(truth.size() - 1L).isEqualTo(summary.potentialFirmYears());
    Set<String> loggedBlank = new HashSet<>();
    json.at("/blank_firm_id/lines").forEach(n -> loggedBlank.add(n.get("true_firm_id").asText() + "|"
        + n.get("year").asInt()));
    assertThat(loggedBlank).isEqualTo(blankKeys);
  }

  /** log mu_t = c + alpha_i + delta_t + e (ln TA_t - 21.5) + gamma_G G_(t-1) + gamma_B B_(t-1) + gamma_T T_(t-1). */
  @Test
  void patentMeanFollowsTheDocumentedEquationWithLaggedNetworks() {
    Map<String, String[]> truthByKey = new HashMap<>();
    for (String[] t : truth.subList(1, truth.size())) {
      truthByKey.put(t[0] + "|" + t[1], t);
    }
    Set<String> seen = new HashSet<>();
    int checked = 0;
    double worst = 0;
    for (String[] f : lines.subList(1, lines.size())) {
      String key = f[0] + "|" + f[7];
      if (f[0].isEmpty() || !seen.add(key) || !MONEY_ANY.matcher(f[33]).matches()) {
        continue;
      }
      int year = Integer.parseInt(f[7]);
      String[] now = truthByKey.get(key);
      String[] before = truthByKey.get(f[0] + "|" + (year - 1));
      double mu = Double.parseDouble(now[8]);
      if (before == null || mu < 0.01) {
        continue; // the entry year's lag is the unwritten pre-listing year
      }
      double s = year - 2006;
      double logMu = PATENT_INTERCEPT + Double.parseDouble(now[7]) + 0.10 * s - 0.003 * s * s
          + SIZE_ELASTICITY * (Math.log(Double.parseDouble(f[33].replace(",", ""))) - SIZE_CENTRE)
          + GAMMA_G * Double.parseDouble(before[3]) + GAMMA_B * Double.parseDouble(before[4])
          + GAMMA_T * Double.parseDouble(before[5]);
      worst = Math.max(worst, Math.abs(Math.log(mu) - logMu));
      checked++;
    }
    assertThat(checked).isGreaterThan(15_000);
    assertThat(worst).isLessThan(2e-4); // rounding of the six-decimal truth and two-decimal assets only
  }

  @Test
  void networksRiseWithIeAndThePlaceboIsInert() {
    int n = truth.size() - 1;
    double[][] x = new double[6][n];
    double[] placeboLag = new double[n];
    double[] logMu = new double[n];
    int lagged = 0;
    String[] previous = null;
    for (int i = 0; i < n; i++) {
      String[] t = truth.get(i + 1);
      for (int k = 0; k < 5; k++) {
        x[k][i] = Double.parseDouble(t[2 + k]);
      }
      if (previous != null && previous[0].equals(t[0])) {
        placeboLag[lagged] = Double.parseDouble(previous[6]);
        logMu[lagged] = Math.log(Double.parseDouble(t[8]));
        lagged++;
      }
      previous = t;
    }
    for (int k = 1; k <= 3; k++) {
      assertThat(correlation(x[0], x[k], n)).as("corr(IE, network %d)", k).isGreaterThan(0.4);
    }
    assertThat(Math.abs(correlation(x[0], x[4], n))).as("corr(IE, placebo)").isLessThan(0.06);
    // 1500 firms: the sd of a null correlation is about 1/sqrt(1500) = 0.026 (firm effects dominate)
    assertThat(Math.abs(correlation(placeboLag, logMu, lagged))).as("corr(placebo_(t-1), log mu_t)")
        .isLessThan(0.08);
  }

  @Test
  void ieVariesWithinFirms() {
    Map<String, double[]> moments = new LinkedHashMap<>(); // n, sum, sum of squares
    for (String[] t : truth.subList(1, truth.size())) {
      double v = Double.parseDouble(t[2]);
      double[] m = moments.computeIfAbsent(t[0], k -> new double[3]);
      m[0]++;
      m[1] += v;
      m[2] += v * v;
    }
    double meanWithinSd = moments.values().stream()
        .mapToDouble(m -> Math.sqrt(Math.max(0, m[2] / m[0] - (m[1] / m[0]) * (m[1] / m[0])))).average().orElseThrow();
    assertThat(meanWithinSd).isGreaterThan(0.3);
  }

  @Test
  void patentCountsScatterAroundTheirMeanWithZerosAmongSmallFirms() {
    Map<String, String[]> truthByKey = new HashMap<>();
    for (String[] t : truth.subList(1, truth.size())) {
      truthByKey.put(t[0] + "|" + t[1], t);
    }
    double sumCount = 0;
    double sumMean = 0;
    List<double[]> assetsAndCount = new ArrayList<>();
    for (String[] f : lines.subList(1, lines.size())) {
      if (f[0].isEmpty() || !isDigits(f[29])) {
        continue;
      }
      long applications = Long.parseLong(f[29]);
      if (isDigits(f[30])) {
        assertThat(Long.parseLong(f[30])).isLessThanOrEqualTo(applications);
      }
      sumCount += applications;
      sumMean += Double.parseDouble(truthByKey.get(f[0] + "|" + f[7])[8]);
      if (MONEY_PLAIN.matcher(f[33]).matches()) {
        assetsAndCount.add(new double[] {Double.parseDouble(f[33]), applications});
      }
    }
    assertThat(sumCount / sumMean).isBetween(0.95, 1.05);
    assetsAndCount.sort((a, b) -> Double.compare(a[0], b[0]));
    int quarter = assetsAndCount.size() / 4;
    long zerosSmall = assetsAndCount.subList(0, quarter).stream().filter(a -> a[1] == 0).count();
    long zerosLarge = assetsAndCount.subList(3 * quarter, assetsAndCount.size()).stream().filter(a -> a[1] == 0).count();
    assertThat((double) zerosSmall / quarter).isGreaterThan(0.12);
    assertThat(zerosSmall).isGreaterThan(2 * zerosLarge);
  }

  @Test
  void aShortPanelUsesTheYearsItHas() throws IOException {
    GenerationSummary s = SyntheticPanelGenerator.generate(30, 2020, 2021, 1, dir.resolve("short/p.csv"));
    List<String[]> l = CsvLines.read(s.csv());
    assertThat(l.subList(1, l.size())).allSatisfy(f -> {
      assertThat(Integer.parseInt(f[6])).isBetween(2020, 2021);
      assertThat(Integer.parseInt(f[7])).isBetween(2020, 2021);
    });
    assertThat(s.potentialFirmYears()).isBetween(30L, 60L);
  }

  @Test
  void rejectsImpossibleArguments() {
    Path out = dir.resolve("bad/p.csv");
    assertThatThrownBy(() -> SyntheticPanelGenerator.generate(10, 2010, 2009, 1, out))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
    assertThatThrownBy(() -> SyntheticPanelGenerator.generate(0, 2006, 2023, 1, out))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firms");
  }

  private static Map<String, Long> zeros(Iterable<String> keys) {
    Map<String, Long> m = new HashMap<>();
    keys.forEach(k -> m.put(k, 0L));
    return m;
  }

  private static Map<String, Long> longMap(JsonNode node) {
    Map<String, Long> m = new HashMap<>();
    node.properties().forEach(e -> m.put(e.getKey(), e.getValue().asLong()));
    return m;
  }

  private static double correlation(double[] a, double[] b, int n) {
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < n; i++) {
      ma += a[i];
      mb += b[i];
    }
    ma /= n;
    mb /= n;
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < n; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) * (a[i] - ma);
      sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / Math.sqrt(saa * sbb);
  }

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
