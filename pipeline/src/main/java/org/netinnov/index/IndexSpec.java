package org.netinnov.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** Placeholder replaced by the index package (same shape). */
public record IndexSpec(
    String method,
    List<String> indicators,
    List<String> negative,
    Map<String, Double> weights,
    String scope,
    String missing,
    @JsonProperty("min_share") Double minShare) {

  public IndexSpec {
    method = method == null ? "entropy" : method;
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
    negative = negative == null ? List.of() : List.copyOf(negative);
    weights = weights == null ? Map.of() : Map.copyOf(weights);
    scope = scope == null ? "pooled" : scope;
    missing = missing == null ? "listwise" : missing;
    minShare = minShare == null ? 0.5 : minShare;
  }
}
