package org.netinnov.index;

import java.util.List;
import org.netinnov.data.Panel;

/**
 * The panel with one new numeric column per dimension (named by the dimension, NaN where the index is missing)
 * and one report per dimension, in the order of the configuration.
 */
public record IndexResult(Panel panel, List<DimensionReport> reports) {

  public IndexResult {
    reports = List.copyOf(reports);
  }

  /** The report of {@code dimension}. */
  public DimensionReport report(String dimension) {
    for (DimensionReport r : reports) if (r.dimension().equals(dimension)) return r;
    throw new IllegalArgumentException("no index dimension `" + dimension + "`");
  }
}
