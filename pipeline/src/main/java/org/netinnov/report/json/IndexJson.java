package org.netinnov.report.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.netinnov.index.DimensionReport;
import org.netinnov.index.IndexResult;
import org.netinnov.index.Reliability;
import org.netinnov.index.YearWeights;

/** The {@code indices} section of results.json: per dimension the method, weights, diagnostics and yearly means. */
public final class IndexJson {
  private IndexJson() {}

  public static ObjectNode of(IndexResult r) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    for (DimensionReport d : r.reports()) {
      ObjectNode o = out.putObject(d.dimension());
      o.put("method", d.method());
      o.put("scope", d.scope());
      o.put("missing", d.missing());
      o.put("n_used", d.nUsed());
      o.put("n_missing", d.nMissing());
      ObjectNode ind = o.putObject("indicators");
      for (int j = 0; j < d.indicators().size(); j++) {
        ObjectNode i = ind.putObject(d.indicators().get(j));
        i.put("direction", d.directions()[j] > 0 ? "positive" : "negative");
        Json.put(i, d.method().equals("pca") ? "loading" : "weight", d.weights()[j]);
        if (d.entropy() != null) Json.put(i, "entropy", d.entropy()[j]);
        Reliability rel = d.reliability();
        if (rel != null && rel.kmoPerItem() != null) Json.put(i, "kmo", rel.kmoPerItem()[j]);
      }
      Json.put(o, "eigenvalue", d.eigenvalue());
      Json.put(o, "explained_share", d.explainedShare());
      Reliability rel = d.reliability();
      if (rel != null) {
        ObjectNode q = o.putObject("reliability");
        q.put("n", rel.n());
        Json.put(q, "cronbach_alpha_raw", rel.alphaRaw());
        Json.put(q, "cronbach_alpha_std", rel.alphaStd());
        Json.put(q, "kmo", rel.kmo());
        q.put("kmo_label", rel.kmoLabel());
        if (rel.bartlett() != null) {
          ObjectNode b = q.putObject("bartlett");
          Json.put(b, "chisq", rel.bartlett().chisq());
          b.put("df", rel.bartlett().df());
          Json.put(b, "p_value", rel.bartlett().pValue());
        }
        var corr = q.putArray("correlation");
        for (double[] row : rel.correlation()) corr.add(Json.array(row));
      }
      if (!d.byYear().isEmpty()) {
        ObjectNode by = o.putObject("weights_by_year");
        for (YearWeights y : d.byYear()) by.set(Integer.toString(y.year()), Json.array(y.weights()));
      }
      ObjectNode means = o.putObject("mean_by_year");
      for (int t = 0; t < d.years().length; t++) Json.put(means, Integer.toString(d.years()[t]), d.meanByYear()[t]);
      o.set("warnings", Json.MAPPER.valueToTree(d.warnings()));
    }
    return out;
  }
}
