package org.netinnov.report.sections;

import java.util.ArrayList;
import java.util.List;
import org.netinnov.data.Panel;
import org.netinnov.report.model.Block;

/** The analysis panel as a data sheet ({@code report.write_panel: true}), streamed by the Excel writer. */
public final class PanelSection {
  private PanelSection() {}

  public static Block.DataBlock of(Panel p) {
    List<String> cols = new ArrayList<>();
    List<double[]> num = new ArrayList<>();
    List<String[]> text = new ArrayList<>();
    String[] firm = new String[p.rows()];
    for (int i = 0; i < firm.length; i++) firm[i] = p.firmLabel(p.firm()[i]);
    cols.add(p.firmColumn());
    num.add(null);
    text.add(firm);
    cols.add(p.yearColumn());
    num.add(p.numeric(p.yearColumn()));
    text.add(null);
    for (String c : p.numericNames()) {
      cols.add(c);
      num.add(p.numeric(c));
      text.add(null);
    }
    for (String c : p.textNames()) {
      cols.add(c);
      num.add(null);
      text.add(p.text(c));
    }
    return new Block.DataBlock("analysis_panel", cols, num, text, p.rows());
  }
}
