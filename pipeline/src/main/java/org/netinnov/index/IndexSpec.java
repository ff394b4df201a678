package org.netinnov.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How one network dimension's index is built from its indicators (one entry of the YAML {@code indices:} map).
 *
 * <pre>
 * government:
 *   method: entropy            # entropy | zscore | minmax | pca | weights
 *   indicators: [subsidy_ratio, donation_ratio, political_tie, supplier_top5_share]
 *   negative: [supplier_top5_share]
 *   scope: pooled              # pooled (default) | by_year
 *   missing: available         # listwise (default) | available
 *   min_share: 0.75            # only with missing: available (default 0.5)
 * </pre>
 *
 * <p>The compact constructor fills defaults for absent keys and rejects inconsistent specs at load time, so a
 * Jackson binding error carries the YAML path: {@code method} and {@code indicators} are required (at least two
 * distinct indicators: a one-indicator "composite" has no reliability to report — use the variable itself);
 * {@code negative} must name listed indicators; {@code weights} is required for, and only allowed with,
 * {@code method: weights}, and must give a finite non-negative weight to every indicator (they need not sum to 1:
 * the builder divides them by their sum); {@code min_share} is 1 under listwise deletion (the only value it may
 * take there) and defaults to 0.5, within (0, 1], under {@code missing: available}.
 *
 * @param method     entropy | zscore | minmax | pca | weights (stored in lower case)
 * @param indicators the indicator columns, in report order
 * @param negative   indicators of negative direction (a higher value means a weaker network); default empty
 * @param weights    fixed weights by indicator, for {@code method: weights}; default empty
 * @param scope      {@code pooled}: one set of weights over all firm-years; {@code by_year}: one set per year
 * @param missing    {@code listwise}: any missing indicator gives a missing index; {@code available}: the index
 *                   of the present indicators when at least {@code minShare} of them are present
 * @param minShare   minimum share of present indicators under {@code missing: available}
 */
public record IndexSpec(
    @JsonProperty("method") String method,
    @JsonProperty("indicators") List<String> indicators,
    @JsonProperty("negative") List<String> negative,
    @JsonProperty("weights") Map<String, Double> weights,
    @JsonProperty("scope") String scope,
    @JsonProperty("missing") String missing,
    @JsonProperty("min_share") Double minShare) {

  public static final String POOLED = "pooled";
  public static final String BY_YEAR = "by_year";
  public static final String LISTWISE = "listwise";
  public static final String AVAILABLE = "available";
  /** Default {@code min_share} under {@code missing: available}. */
  public static final double DEFAULT_MIN_SHARE = 0.5;

  public IndexSpec {
    if (method == null) throw new IllegalArgumentException("`method` is required (entropy, zscore, minmax, pca, weights)");
    IndexMethod m = IndexMethod.parse(method);
    method = m.key();

    if (indicators == null || indicators.isEmpty()) throw new IllegalArgumentException("`indicators` is required");
    Set<String> seen = new HashSet<>();
    for (String s : indicators) {
      if (s == null || s.isBlank()) throw new IllegalArgumentException("`indicators` contains a blank name");
      if (!seen.add(s)) throw new IllegalArgumentException("indicator `" + s + "` is listed twice");
    }
    if (indicators.size() < 2) throw new IllegalArgumentException("a composite index needs at least 2 indicators, got "
        + indicators + "; use the variable itself");
    indicators = List.copyOf(indicators);

    negative = negative == null ? List.of() : List.copyOf(negative);
    Set<String> negSeen = new HashSet<>();
    for (String s : negative) {
      if (!seen.contains(s)) throw new IllegalArgumentException("negative indicator `" + s + "` is not among the indicators "
          + indicators);
      if (!negSeen.add(s)) throw new IllegalArgumentException("negative indicator `" + s + "` is listed twice");
    }

    Map<String, Double> w = weights == null ? Map.of() : weights;
    if (m == IndexMethod.WEIGHTS) {
      if (w.isEmpty()) throw new IllegalArgumentException("`method: weights` needs a `weights` map over " + indicators);
      for (String s : indicators)
        if (!w.containsKey(s)) throw new IllegalArgumentException("`weights` misses indicator `" + s + "`");
      double sum = 0;
      for (var e : w.entrySet()) {
        if (!seen.contains(e.getKey())) throw new IllegalArgumentException("`weights` names `" + e.getKey()
            + "`, which is not among the indicators " + indicators);
        Double v = e.getValue();
        if (v == null || !Double.isFinite(v) || v < 0) throw new IllegalArgumentException("weight of `" + e.getKey()
            + "` must be a finite number >= 0, got " + v);
        sum += v;
      }
      if (!(sum > 0)) throw new IllegalArgumentException("`weights` are all zero");
    } else if (!w.isEmpty()) {
      // silently ignoring them would leave the user believing their weights were applied
      throw new IllegalArgumentException("`weights` is only used with `method: weights`, not with `method: " + method + "`");
    }
    weights = Collections.unmodifiableMap(new LinkedHashMap<>(w));

    scope = scope == null ? POOLED : scope.trim().toLowerCase(Locale.ROOT);
    if (!scope.equals(POOLED) && !scope.equals(BY_YEAR))
      throw new IllegalArgumentException("unknown scope `" + scope + "`; expected pooled or by_year");

    missing = missing == null ? LISTWISE : missing.trim().toLowerCase(Locale.ROOT);
    if (missing.equals(LISTWISE)) {
      if (minShare != null && minShare != 1.0)
        throw new IllegalArgumentException("`min_share` applies only with `missing: available` (listwise means all present)");
      minShare = 1.0;
    } else if (missing.equals(AVAILABLE)) {
      if (minShare == null) minShare = DEFAULT_MIN_SHARE;
      if (!(minShare > 0 && minShare <= 1))
        throw new IllegalArgumentException("`min_share` must be in (0, 1], got " + minShare);
    } else {
      throw new IllegalArgumentException("unknown missing-value rule `" + missing + "`; expected listwise or available");
    }
  }

  /** A spec with the defaults for everything but the method and indicators. */
  public static IndexSpec of(String method, List<String> indicators, List<String> negative) {
    return new IndexSpec(method, indicators, negative, null, null, null, null);
  }

  /** The parsed method. */
  public IndexMethod methodKind() { return IndexMethod.parse(method); }

  /** True for {@code scope: by_year}. */
  public boolean byYear() { return BY_YEAR.equals(scope); }

  /** True for {@code missing: listwise}. */
  public boolean listwise() { return LISTWISE.equals(missing); }

  /** +1 for a positive indicator, -1 for a negative one, in the order of {@link #indicators()}. */
  public int[] directions() {
    int[] d = new int[indicators.size()];
    for (int j = 0; j < d.length; j++) d[j] = negative.contains(indicators.get(j)) ? -1 : 1;
    return d;
  }
}
