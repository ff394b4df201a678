package org.netinnov.clean;

import org.netinnov.config.Suggest;
import org.netinnov.data.Panel;

/** Looks up the columns a step names, failing with the YAML key, a did-you-mean and an ordering hint. */
final class Columns {
  private Columns() {}

  static double[] numeric(Panel p, String name, String key) {
    if (p.hasNumeric(name)) return p.numeric(name);
    if (name.equals(p.firmColumn()) || name.equals(p.yearColumn()))
      throw new InputException("clean." + key + ": `" + name + "` is the firm or year column, not a variable");
    if (p.hasText(name))
      throw new InputException("clean." + key + ": column `" + name + "` is text, not numeric (list it under "
          + "clean.numeric to read it as numbers)");
    throw missing(p, name, key);
  }

  static InputException missing(Panel p, String name, String key) {
    return new InputException("clean." + key + ": no column `" + name + "` in the data"
        + Suggest.didYouMean(name, p.columnNames()));
  }

  /** The column as text for matching: text as is, numbers that are whole as integers ("3711"), else as read. */
  static String[] asText(Panel p, String name, String key) {
    if (p.hasText(name)) return p.text(name);
    if (name.equals(p.firmColumn()) || name.equals(p.yearColumn())) {
      boolean firm = name.equals(p.firmColumn());
      String[] out = new String[p.rows()];
      for (int i = 0; i < out.length; i++) out[i] = firm ? p.firmLabel(p.firm()[i]) : Integer.toString(p.year()[i]);
      return out;
    }
    double[] v = numeric(p, name, key);
    String[] out = new String[v.length];
    for (int i = 0; i < v.length; i++) out[i] = v[i] == v[i] ? RawColumn.fmt(v[i]) : null;
    return out;
  }
}
