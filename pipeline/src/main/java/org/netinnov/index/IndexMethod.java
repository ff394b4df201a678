package org.netinnov.index;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the indicators of one dimension are combined into an index.
 *
 * <p>Three methods work on direction-aware min–max scores {@code r ∈ [0,1]} ({@link #ENTROPY}, {@link #MINMAX},
 * {@link #WEIGHTS}); two work on standardized scores {@code z} ({@link #ZSCORE}, {@link #PCA}).
 */
public enum IndexMethod {
  /** Entropy weight method: weights from the dispersion (1 − entropy) of each indicator's min–max scores. */
  ENTROPY("entropy", false),
  /** Mean of the standardized (sample sd) direction-adjusted indicators. */
  ZSCORE("zscore", true),
  /** Mean of the direction-adjusted min–max scores. */
  MINMAX("minmax", false),
  /** First principal component of the correlation matrix, scores of the standardized indicators. */
  PCA("pca", true),
  /** User-given fixed weights (normalised to sum 1) on the direction-adjusted min–max scores. */
  WEIGHTS("weights", false);

  private final String key;
  private final boolean standardized;

  IndexMethod(String key, boolean standardized) {
    this.key = key;
    this.standardized = standardized;
  }

  /** The YAML spelling. */
  public String key() { return key; }

  /** True when the method combines z-scores, false when it combines min–max scores. */
  public boolean standardized() { return standardized; }

  /** Parses the YAML spelling (case-insensitive). @throws IllegalArgumentException listing the valid names */
  public static IndexMethod parse(String s) {
    String t = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    for (IndexMethod m : values()) if (m.key.equals(t)) return m;
    throw new IllegalArgumentException("unknown index method `" + s + "`; expected one of "
        + Arrays.stream(values()).map(IndexMethod::key).collect(Collectors.joining(", ")));
  }
}
