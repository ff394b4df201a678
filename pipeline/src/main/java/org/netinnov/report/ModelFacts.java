package org.netinnov.report;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.netinnov.estimate.ModelResult;

/** What the table builders need to know about a model beyond its numbers: kind of estimator, words for it. */
final class ModelFacts {
  private ModelFacts() {}

  private static final Set<String> COUNT = Set.of("poisson", "negbin", "nb", "negative_binomial", "ppml", "fepois",
      "fenegbin", "qpoisson");
  private static final Set<String> LINEAR_ABSORBING = Set.of("pooled", "ols", "lm", "feols", "within");

  static String estimator(ModelResult m) {
    String e = m.fit() != null && m.fit().estimator() != null ? m.fit().estimator() : m.estimator();
    return e == null ? "" : e.toLowerCase(Locale.ROOT);
  }

  /** Poisson / negative binomial: coefficients are log incidence-rate ratios. */
  static boolean isCount(ModelResult m) {
    return COUNT.contains(estimator(m)) || (m.estimator() != null && COUNT.contains(m.estimator().toLowerCase(Locale.ROOT)));
  }

  /**
   * A linear fit whose R² is the within R² ({@link org.netinnov.estimate.Fit#r2()} says so for within fits):
   * the within estimator, or a linear estimator with fixed effects absorbed.
   */
  static boolean isWithin(ModelResult m) {
    String e = estimator(m);
    return e.equals("within") || (LINEAR_ABSORBING.contains(e) && !m.fixedEffects().isEmpty());
  }

  /** The outcome of a model, from the fit or, for a failed model, from the formula's left-hand side. */
  static String outcome(ModelResult m) {
    if (m.fit() != null && m.fit().outcome() != null) return m.fit().outcome();
    String f = m.formula();
    if (f == null) return "";
    int t = f.indexOf('~');
    return t < 0 ? "" : f.substring(0, t).trim();
  }

  static String columnLabel(ModelResult m) {
    if (m.label() != null && !m.label().isBlank()) return m.label();
    return m.name() == null ? "" : m.name();
  }

  /** Estimator in words, as table headers print it. */
  static String estimatorWords(ModelResult m) {
    String e = m.estimator() == null ? estimator(m) : m.estimator().toLowerCase(Locale.ROOT);
    return switch (e) {
      case "pooled", "ols", "lm" -> "Pooled OLS";
      case "within" -> "FE (within)";
      case "random" -> "RE";
      case "between" -> "Between";
      case "fd" -> "First difference";
      case "poisson", "fepois", "ppml" -> "Poisson";
      case "negbin", "nb", "negative_binomial", "fenegbin" -> "Neg. binomial";
      case "gmm" -> "GMM";
      default -> m.estimator() == null ? "" : m.estimator();
    };
  }

  /** "(1)–(3), (5)": column numbers (0-based indices in) as compact ranges. */
  static String columns(List<Integer> idx) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < idx.size()) {
      int j = i;
      while (j + 1 < idx.size() && idx.get(j + 1) == idx.get(j) + 1) j++;
      if (sb.length() > 0) sb.append(", ");
      sb.append('(').append(idx.get(i) + 1).append(')');
      if (j > i) sb.append(j == i + 1 ? ", (" : "–(").append(idx.get(j) + 1).append(')');
      i = j + 1;
    }
    return sb.toString();
  }
}
