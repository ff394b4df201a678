package org.netinnov.report.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON helpers: NaN and infinities become null (JSON has no NaN), full double precision otherwise. */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  public static void put(ObjectNode o, String key, double v) {
    if (Double.isFinite(v)) o.put(key, v);
    else o.putNull(key);
  }

  public static ArrayNode array(double[] v) {
    ArrayNode a = MAPPER.createArrayNode();
    for (double d : v) {
      if (Double.isFinite(d)) a.add(d);
      else a.addNull();
    }
    return a;
  }
}
