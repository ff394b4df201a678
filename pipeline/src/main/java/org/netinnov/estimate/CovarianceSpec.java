package org.netinnov.estimate;

import java.util.List;
import java.util.Locale;

/**
 * Which covariance matrix to report, parsed from the {@code se:} key of a model.
 *
 * <pre>
 * classical | hc0 | hc1 | hc2 | hc3 | cluster(v) | cluster(v1, v2) | driscoll_kraay | driscoll_kraay(L)
 * </pre>
 *
 * For clustered errors {@code ssc} is the small-sample correction: {@code stata} (default, as Stata and
 * fixest: HC0 · G/(G−1) · (N−1)/(N−K), K = slope coefficients), {@code hc0} (none) or {@code hc1}
 * (plm's HC1: HC0 · N/(N−K), K = coefficients of the transformed regression).
 * {@code lag} is the Driscoll–Kraay bandwidth, -1 for plm's default floor(T^(1/4)).
 */
public record CovarianceSpec(Kind kind, List<String> clusters, SmallSample ssc, int lag) {

  public enum Kind { CLASSICAL, HC0, HC1, HC2, HC3, CLUSTER, DRISCOLL_KRAAY }

  public enum SmallSample { STATA, HC0, HC1 }

  public static final CovarianceSpec CLASSICAL = new CovarianceSpec(Kind.CLASSICAL, List.of(), SmallSample.STATA, -1);

  public static CovarianceSpec cluster(String... vars) {
    return new CovarianceSpec(Kind.CLUSTER, List.of(vars), SmallSample.STATA, -1);
  }

  public CovarianceSpec withSmallSample(SmallSample s) { return new CovarianceSpec(kind, clusters, s, lag); }

  /**
   * Parses the config text.
   *
   * @throws IllegalArgumentException with a message saying what is accepted
   */
  public static CovarianceSpec parse(String text) {
    String s = text.trim().toLowerCase(Locale.ROOT).replace(" ", "");
    switch (s) {
      case "classical": case "iid": case "standard": return CLASSICAL;
      case "hc0": return new CovarianceSpec(Kind.HC0, List.of(), SmallSample.STATA, -1);
      case "hc1": case "robust": case "white": return new CovarianceSpec(Kind.HC1, List.of(), SmallSample.STATA, -1);
      case "hc2": return new CovarianceSpec(Kind.HC2, List.of(), SmallSample.STATA, -1);
      case "hc3": return new CovarianceSpec(Kind.HC3, List.of(), SmallSample.STATA, -1);
      case "driscoll_kraay": case "scc": return new CovarianceSpec(Kind.DRISCOLL_KRAAY, List.of(), SmallSample.HC0, -1);
      default: break;
    }
    String original = text.trim().replace(" ", "");
    if (s.startsWith("cluster(") && s.endsWith(")")) {
      String inner = original.substring("cluster(".length(), original.length() - 1);
      List<String> vars = List.of(inner.split(","));
      if (inner.isEmpty() || vars.size() > 2 || vars.stream().anyMatch(String::isEmpty))
        throw new IllegalArgumentException("cluster() takes one or two column names, e.g. cluster(firm_id)");
      return new CovarianceSpec(Kind.CLUSTER, vars, SmallSample.STATA, -1);
    }
    if (s.startsWith("driscoll_kraay(") && s.endsWith(")")) {
      String inner = s.substring("driscoll_kraay(".length(), s.length() - 1);
      try {
        int lag = Integer.parseInt(inner);
        if (lag < 0) throw new NumberFormatException();
        return new CovarianceSpec(Kind.DRISCOLL_KRAAY, List.of(), SmallSample.HC0, lag);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("driscoll_kraay(L) takes a lag L >= 0, got `" + inner + "`");
      }
    }
    throw new IllegalArgumentException("unknown standard-error type `" + text + "`; expected classical, hc0, hc1, "
        + "hc2, hc3, cluster(col), cluster(col1, col2), driscoll_kraay or driscoll_kraay(L)");
  }

  @Override public String toString() {
    return switch (kind) {
      case CLASSICAL -> "classical";
      case HC0, HC1, HC2, HC3 -> kind.name().toLowerCase(Locale.ROOT);
      case CLUSTER -> "cluster(" + String.join(", ", clusters) + ")";
      case DRISCOLL_KRAAY -> lag < 0 ? "driscoll_kraay" : "driscoll_kraay(" + lag + ")";
    };
  }
}
