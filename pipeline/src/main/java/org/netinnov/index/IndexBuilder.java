package org.netinnov.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.netinnov.data.Panel;

/**
 * The index stage: one composite index per network dimension, added to the panel as a numeric column named by
 * the dimension, with a {@link DimensionReport} of weights and reliability diagnostics.
 *
 * <p>Dimensions are built in configuration order on the growing panel, so a later dimension may use an earlier
 * index as an indicator. A dimension whose name is already a column of the input panel is refused rather than
 * overwriting that column.
 */
public final class IndexBuilder {
  private IndexBuilder() {}

  /**
   * @throws IndexException           when an index cannot be built (unknown or constant indicator, too few
   *                                  observations, native PCA library missing), naming the dimension
   */
  public static IndexResult build(Panel panel, LinkedHashMap<String, IndexSpec> dimensions) {
    List<DimensionReport> reports = new ArrayList<>();
    Panel out = panel;
    for (var e : dimensions.entrySet()) {
      String name = e.getKey();
      if (name == null || name.isBlank()) throw new IllegalArgumentException("an index dimension has a blank name");
      if (e.getValue() == null) throw new IndexException(name, null, "no specification");
      if (out.hasColumn(name))
        throw new IndexException(name, null, "the panel already has a column `" + name
            + "`; name the dimension differently");
      DimensionIndexer.Built b = DimensionIndexer.build(out, name, e.getValue());
      out = out.withNumeric(name, b.index());
      reports.add(b.report());
    }
    return new IndexResult(out, reports);
  }
}
