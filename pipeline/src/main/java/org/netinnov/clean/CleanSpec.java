package org.netinnov.clean;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import org.netinnov.config.Suggest;

/**
 * Cleaning ({@code clean:} in the config). Every key is optional; the defaults below leave the data as read except
 * for parsing numbers and refusing duplicate firm-years.
 *
 * <p>What always happens, per input file, before the configurable steps: <b>read</b> (encoding, delimiter, header
 * and description rows, {@code data.rename}) → <b>numbers</b> (text cells parsed, see {@code missing_markers},
 * {@code percent}, {@code units}, {@code numeric}, {@code text}) → <b>identifiers</b> (rows with a blank firm id
 * or an unreadable year dropped) → <b>duplicates</b> → and, for each {@code data.join} file, <b>join</b>.
 * Then the configurable steps run in {@link #order} (default {@link #DEFAULT_ORDER}): ranges, years, exclude,
 * fill, deflate, derive, winsorize, require, min_years. Each step is logged (see {@link CleanLog}).
 *
 * <pre>
 * clean:
 *   missing_markers: [n/a, NA, "-", "—", "null", "#N/A", "-999"]  # replaces the default list; empty cells
 *                              # are always missing; a YAML null (unquoted null) means the text "null"
 *   percent: fraction          # "12.5%" → 0.125 (fraction, default) or 12.5 (number)
 *   units: {万: 1.0e4, 亿: 1.0e8}   # unit suffixes and their multipliers (default none)
 *   numeric: [patents, assets] # columns that must be numbers; unreadable cells are counted and set missing
 *   text: [industry]           # columns kept as text; every other column: numeric when at least half of
 *                              # its non-missing cells are numbers (auto), else text
 *   duplicates: error          # repeated firm-years: error (default) | first | last | mean
 *   ranges: {leverage: [0, 5], roa: [-2, 2]}   # values outside [min, max] set missing (null: open end)
 *   years: [2008, 2023]        # keep firm-years in this range (null: open end)
 *   exclude: {column: industry, values: [J66, J67], prefixes: [K]}   # or a list of such rules
 *   fill: {method: interpolate, max_gap: 1, columns: [rd_spending]}  # keep (default) | interpolate | locf
 *   deflate: {columns: [revenue], index: cpi, base_year: 2010}       # index: a column or a CSV year,index
 *   derive:                    # name: expression, in order (in a {...} mapping, quote expressions with commas)
 *     roa2: net_profit / total_assets
 *     lpat: log1p(patents)
 *     rd_lag: l(rd_spending, 1)
 *   winsorize: {columns: [roa2], lower: 0.01, upper: 0.99, by: pooled, mode: winsorize}
 *   require: [lpat, roa2]      # drop firm-years where any is missing
 *   min_years: 3               # drop firms with fewer firm-years (after everything else)
 *   order: [ranges, years, exclude, fill, deflate, derive, winsorize, require, min_years]
 * </pre>
 *
 * @param missingMarkers cell texts that mean "missing", compared after trimming (default {@link #DEFAULT_MISSING}:
 *                       "", n/a, N/A, NA, na, -, —, --, null, NULL, #N/A, NaN, .); an empty cell is always missing;
 *                       a marker that reads as a number (-999) is checked before the number
 * @param percent        {@code fraction} (default: {@code 12.5%} → 0.125) or {@code number} (→ 12.5)
 * @param units          unit suffix → multiplier ({@code 3.5亿} → 3.5e8 with {@code 亿: 1.0e8}); default none
 * @param numeric        columns that must be read as numbers (cells that are not numbers are counted, set missing)
 * @param text           columns kept as text even when they look numeric (industry codes such as 3711)
 * @param duplicates     firm-years that occur more than once: {@code error} (default: stop, listing them),
 *                       {@code first} / {@code last} (keep the first / last row in file order), {@code mean}
 *                       (average each numeric variable over the rows, ignoring missing; first non-missing text)
 * @param ranges         column → [min, max]: values below min or above max are set missing (a validity check;
 *                       impossible values such as a leverage of 40); {@code null} for an open end
 * @param years          [first, last] year kept (inclusive); {@code null} for an open end
 * @param exclude        rules dropping firm-years whose {@code column} equals one of {@code values} or starts with
 *                       one of {@code prefixes} (a single rule or a list)
 * @param minYears       drop firms observed in fewer firm-years than this (default 0: keep all)
 * @param require        drop firm-years where any of these variables is missing (not per-model listwise
 *                       deletion: use it for the variables every model needs)
 * @param fill           gap filling, see {@link Fill}
 * @param winsorize      winsorizing or trimming at percentiles, see {@link Winsorize}
 * @param deflate        deflating money variables by a price index, see {@link Deflate}
 * @param derive         derived variables, name → expression in the formula language (ratios, {@code log},
 *                       {@code log1p}, {@code growth}, {@code l()}/{@code f()}/{@code d()} that follow the year,
 *                       comparisons giving 1/0, {@code ifelse}); evaluated in order, later ones may use earlier;
 *                       division by zero and logs of non-positive values give missing, counted per variable
 * @param order          the order of the configurable steps (default {@link #DEFAULT_ORDER}); it must name every
 *                       step that is configured, each at most once
 */
public record CleanSpec(
    @JsonProperty("missing_markers") List<String> missingMarkers,
    String percent,
    LinkedHashMap<String, Double> units,
    List<String> numeric,
    List<String> text,
    String duplicates,
    LinkedHashMap<String, List<Double>> ranges,
    List<Integer> years,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Exclude> exclude,
    @JsonProperty("min_years") Integer minYears,
    List<String> require,
    Fill fill,
    Winsorize winsorize,
    Deflate deflate,
    LinkedHashMap<String, String> derive,
    List<String> order) {

  /** The default missing markers of CSMAR, Wind and spreadsheet exports. */
  public static final List<String> DEFAULT_MISSING = List.of("", "n/a", "N/A", "NA", "na", "-", "—", "--", "null",
      "NULL", "#N/A", "NaN", ".");

  /** Step names of the configurable part, in their default order. */
  public static final List<String> DEFAULT_ORDER = List.of("ranges", "years", "exclude", "fill", "deflate", "derive",
      "winsorize", "require", "min_years");

  public CleanSpec {
    if (missingMarkers == null) missingMarkers = DEFAULT_MISSING;
    else missingMarkers = missingMarkers.stream().map(m -> m == null ? "null" : m).toList(); // YAML `null` is the text
    percent = percent == null ? "fraction" : percent;
    oneOf("percent", percent, "fraction", "number");
    units = units == null ? new LinkedHashMap<>() : units;
    for (var e : units.entrySet()) {
      if (e.getKey() == null || e.getKey().isBlank()) throw new IllegalArgumentException("units: a suffix cannot be empty");
      if (e.getValue() == null || !(e.getValue() > 0) || e.getValue().isInfinite())
        throw new IllegalArgumentException("units: the multiplier of `" + e.getKey() + "` must be a positive number");
    }
    numeric = numeric == null ? List.of() : List.copyOf(numeric);
    text = text == null ? List.of() : List.copyOf(text);
    for (String t : text)
      if (numeric.contains(t)) throw new IllegalArgumentException("column `" + t + "` is listed under both numeric and text");
    duplicates = duplicates == null ? "error" : duplicates;
    oneOf("duplicates", duplicates, "error", "first", "last", "mean");
    ranges = ranges == null ? new LinkedHashMap<>() : ranges;
    for (var e : ranges.entrySet()) {
      List<Double> r = e.getValue();
      if (r == null || r.size() != 2)
        throw new IllegalArgumentException("ranges." + e.getKey() + ": expected [min, max] (null for an open end)");
      if (r.get(0) != null && r.get(1) != null && r.get(0) > r.get(1))
        throw new IllegalArgumentException("ranges." + e.getKey() + ": min " + r.get(0) + " is above max " + r.get(1));
    }
    if (years != null) {
      if (years.size() != 2) throw new IllegalArgumentException("years: expected [first, last] (null for an open end)");
      years = Collections.unmodifiableList(new ArrayList<>(years));
      if (years.get(0) != null && years.get(1) != null && years.get(0) > years.get(1))
        throw new IllegalArgumentException("years: first year " + years.get(0) + " is after last year " + years.get(1));
    }
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
    minYears = minYears == null ? 0 : minYears;
    if (minYears < 0) throw new IllegalArgumentException("min_years: must be 0 or more");
    require = require == null ? List.of() : List.copyOf(require);
    fill = fill == null ? Fill.none() : fill;
    derive = derive == null ? new LinkedHashMap<>() : derive;
    order = order == null ? DEFAULT_ORDER : List.copyOf(order);
    var seen = new LinkedHashSet<String>();
    for (String s : order) {
      if (!DEFAULT_ORDER.contains(s))
        throw new IllegalArgumentException("order: unknown step `" + s + "`" + Suggest.didYouMean(s, DEFAULT_ORDER)
            + " (steps: " + String.join(", ", DEFAULT_ORDER) + ")");
      if (!seen.add(s)) throw new IllegalArgumentException("order: step `" + s + "` is listed twice");
    }
  }

  public static CleanSpec defaults() {
    return new CleanSpec(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** A copy with a different duplicates policy (used by tests and the bench). */
  public CleanSpec withDuplicates(String policy) {
    return new CleanSpec(missingMarkers, percent, units, numeric, text, policy, ranges, years, exclude, minYears,
        require, fill, winsorize, deflate, derive, order);
  }

  /** True when step {@code name} (one of {@link #DEFAULT_ORDER}) has something to do. */
  public boolean configured(String name) {
    return switch (name) {
      case "ranges" -> !ranges.isEmpty();
      case "years" -> years != null;
      case "exclude" -> !exclude.isEmpty();
      case "fill" -> !fill.method().equals("keep");
      case "deflate" -> deflate != null;
      case "derive" -> !derive.isEmpty();
      case "winsorize" -> winsorize != null;
      case "require" -> !require.isEmpty();
      case "min_years" -> minYears > 1;
      default -> throw new IllegalArgumentException(name);
    };
  }

  /**
   * A sample-exclusion rule: drop firm-years whose {@code column} (text, or a whole number written as text)
   * equals one of {@code values} or starts with one of {@code prefixes}. Missing cells are never excluded.
   */
  public record Exclude(String column, List<String> values, List<String> prefixes) {
    public Exclude {
      if (column == null || column.isBlank()) throw new IllegalArgumentException("exclude: `column` is required");
      values = values == null ? List.of() : List.copyOf(values);
      prefixes = prefixes == null ? List.of() : List.copyOf(prefixes);
      if (values.isEmpty() && prefixes.isEmpty())
        throw new IllegalArgumentException("exclude: give `values` and/or `prefixes` for column `" + column + "`");
    }
  }

  /**
   * Filling missing values of indicators within each firm.
   *
   * <ul>
   *   <li>{@code keep} (default): no filling.</li>
   *   <li>{@code interpolate}: a missing value in year t between the firm's observed values in years t0 &lt; t &lt; t1
   *   becomes x0 + (x1 − x0)·(t − t0)/(t1 − t0), only when the calendar years strictly between t0 and t1 number at
   *   most {@code max_gap} (t1 − t0 − 1 ≤ max_gap; absent firm-years count as missing years). Never extrapolates
   *   before the first or after the last observation.</li>
   *   <li>{@code locf}: last observation carried forward within the firm, to years t with t − t0 ≤ max_gap.</li>
   * </ul>
   * Only firm-years present in the panel are filled (no rows are created).
   *
   * @param method  keep | interpolate | locf
   * @param maxGap  the longest run of missing calendar years bridged (default 1)
   * @param columns the numeric variables to fill (required unless method is keep)
   */
  public record Fill(String method, @JsonProperty("max_gap") Integer maxGap, List<String> columns) {
    public Fill {
      method = method == null ? "keep" : method;
      oneOf("fill.method", method, "keep", "interpolate", "locf");
      maxGap = maxGap == null ? 1 : maxGap;
      if (maxGap < 1) throw new IllegalArgumentException("fill.max_gap: must be 1 or more");
      columns = columns == null ? List.of() : List.copyOf(columns);
      if (!method.equals("keep") && columns.isEmpty())
        throw new IllegalArgumentException("fill.columns: list the variables to fill with `" + method + "`");
    }

    static Fill none() { return new Fill(null, null, null); }
  }

  /**
   * Winsorizing (or trimming) at percentiles.
   *
   * <p>Percentiles follow Stata's {@code _pctile} (the definition {@code winsor2} uses; R's
   * {@code quantile(type = 2)}): with the n non-missing values sorted x(1) ≤ … ≤ x(n) and P = n·p, the p-th
   * percentile is (x(P) + x(P+1))/2 when P is a whole number, else x(⌊P⌋+1). {@code winsorize} sets values below
   * the lower percentile to it and values above the upper percentile to it; {@code trim} sets them missing.
   *
   * @param columns numeric variables (may be derived ones when winsorize comes after derive)
   * @param lower   lower percentile as a fraction (default 0.01; 0 = no lower cut)
   * @param upper   upper percentile as a fraction (default 0.99; 1 = no upper cut)
   * @param by      {@code pooled} (default: percentiles over all firm-years) or {@code year} (within each year)
   * @param mode    {@code winsorize} (default) or {@code trim}
   */
  public record Winsorize(List<String> columns, Double lower, Double upper, String by, String mode) {
    public Winsorize {
      columns = columns == null ? List.of() : List.copyOf(columns);
      if (columns.isEmpty()) throw new IllegalArgumentException("winsorize.columns: list the variables to winsorize");
      lower = lower == null ? 0.01 : lower;
      upper = upper == null ? 0.99 : upper;
      if (!(lower >= 0 && lower < 0.5)) throw new IllegalArgumentException("winsorize.lower: expected 0 ≤ lower < 0.5, got " + lower);
      if (!(upper > 0.5 && upper <= 1)) throw new IllegalArgumentException("winsorize.upper: expected 0.5 < upper ≤ 1, got " + upper);
      by = by == null ? "pooled" : by;
      oneOf("winsorize.by", by, "pooled", "year");
      mode = mode == null ? "winsorize" : mode;
      oneOf("winsorize.mode", mode, "winsorize", "trim");
    }
  }

  /**
   * Deflating money variables: x_real(t) = x(t) · I(base_year) / I(t).
   *
   * @param columns  numeric variables to deflate (replaced in place)
   * @param index    a numeric column of the panel holding one price-index value per year (a national CPI merged
   *                 into the file), or a CSV file (relative to the working directory) whose first two columns
   *                 are year and index, with a header row
   * @param baseYear the year whose prices the result is in (required; the index must have it)
   */
  public record Deflate(List<String> columns, String index, @JsonProperty("base_year") Integer baseYear) {
    public Deflate {
      columns = columns == null ? List.of() : List.copyOf(columns);
      if (columns.isEmpty()) throw new IllegalArgumentException("deflate.columns: list the money variables to deflate");
      if (index == null || index.isBlank())
        throw new IllegalArgumentException("deflate.index: name a price-index column or a CSV file (year,index)");
      if (baseYear == null) throw new IllegalArgumentException("deflate.base_year: required (the year whose prices to use)");
    }
  }

  static void oneOf(String key, String value, String... allowed) {
    for (String a : allowed) if (a.equals(value)) return;
    throw new IllegalArgumentException(key + ": expected " + String.join(", ", allowed) + "; got `" + value + "`"
        + Suggest.didYouMean(value, List.of(allowed)));
  }

}
