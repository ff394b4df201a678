package org.netinnov.report.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.netinnov.estimate.LagModels;

/** The {@code lags} section of results.json: each fit of the lag and lead families with cumulative effects. */
public final class LagJson {
  private LagJson() {}

  public static ObjectNode of(LagModels.LagResult r) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("common_sample_rows", r.commonRows());
    ObjectNode dist = o.putObject("distributed");
    for (LagModels.LagFit f : r.distributed()) {
      ObjectNode m = ModelJson.of(f.model());
      m.put("max_lag", f.lag());
      ObjectNode cum = m.putObject("cumulative");
      for (LagModels.CumulativeEffect c : f.cumulative()) {
        ObjectNode e = cum.putObject(c.regressor());
        Json.put(e, "estimate", c.estimate());
        Json.put(e, "std_error", c.stdError());
        Json.put(e, "p_value", c.pValue());
        e.set("terms", Json.MAPPER.valueToTree(c.terms()));
      }
      dist.set(f.model().name(), m);
    }
    ObjectNode leads = o.putObject("leads");
    for (LagModels.LagFit f : r.leads()) leads.set(f.model().name(), ModelJson.of(f.model()));
    return o;
  }
}
