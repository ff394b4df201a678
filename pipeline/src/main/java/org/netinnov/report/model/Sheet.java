package org.netinnov.report.model;

import java.util.List;

/** A workbook sheet: a name (at most 31 characters, Excel's limit) and its blocks in order. */
public record Sheet(String name, List<Block> blocks) {
  public Sheet {
    if (name.length() > 31) throw new IllegalArgumentException("sheet name longer than 31 characters: " + name);
    blocks = List.copyOf(blocks);
  }
}
