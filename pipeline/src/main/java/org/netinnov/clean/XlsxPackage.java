package org.netinnov.clean;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.netinnov.config.Suggest;

/**
 * The workbook-level parts of an XLSX package that reading one sheet needs: the sheet list, the shared strings, the
 * number format of every cell style and the date system. POI's package reader finds the parts; their XML is read
 * with {@link SpreadsheetXmlScanner}, not with POI's XML-bean model, whose first use in a fresh JVM costs about two
 * seconds of class loading for what is a few small lists here.
 */
final class XlsxPackage implements Closeable {
  private static final String STYLES = "/styles", SHARED_STRINGS = "/sharedStrings";

  final String where;
  final String[] strings;
  final boolean date1904;
  /** By cell style (a cell's s attribute): format id and code, whether it shows dates, whether it is General. */
  final short[] formatIndex;
  final String[] formatString;
  final boolean[] isDate, general;
  final List<String> sheetNames = new ArrayList<>();
  private final List<String> sheetRelations = new ArrayList<>();
  private final OPCPackage pkg;
  private final PackagePart workbook;

  private XlsxPackage(String where, OPCPackage pkg) throws IOException {
    this.where = where;
    this.pkg = pkg;
    this.workbook = workbookPart();
    boolean d1904 = false;
    try (InputStream in = workbook.getInputStream()) {
      SpreadsheetXmlScanner x = new SpreadsheetXmlScanner(in);
      for (int ev; (ev = x.next(false)) != SpreadsheetXmlScanner.EOF; ) {
        if (ev != SpreadsheetXmlScanner.START) continue;
        if (x.is("workbookPr")) {
          String v = x.attribute("date1904");
          d1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
        } else if (x.is("sheet")) {
          sheetNames.add(x.attribute("name"));
          sheetRelations.add(x.prefixedAttribute("id"));
        }
      }
    }
    date1904 = d1904;
    strings = sharedStrings();
    List<Short> ids = new ArrayList<>();
    Map<Integer, String> custom = new HashMap<>();
    styles(ids, custom);
    int n = ids.size();
    formatIndex = new short[n];
    formatString = new String[n];
    isDate = new boolean[n];
    general = new boolean[n];
    for (int i = 0; i < n; i++) {
      short id = ids.get(i);
      String code = custom.containsKey((int) id) ? custom.get((int) id) : BuiltinFormats.getBuiltinFormat(id);
      formatIndex[i] = id;
      formatString[i] = code;
      isDate[i] = code != null && DateUtil.isADateFormat(id, code);
      general[i] = code == null || code.equalsIgnoreCase("General");
    }
  }

  static XlsxPackage open(String where) throws IOException {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(new File(where), PackageAccess.READ);
    } catch (NotOfficeXmlFileException e) {
      throw new InputException(where + ": not an Excel workbook (" + XlsxSource.oneLine(e.getMessage()) + ")");
    } catch (OpenXML4JException | RuntimeException e) {
      throw new InputException(where + ": not a readable Excel workbook (" + XlsxSource.oneLine(e.getMessage()) + ")");
    }
    try {
      return new XlsxPackage(where, pkg);
    } catch (IOException | RuntimeException e) {
      pkg.revert();
      throw e;
    }
  }

  @Override public void close() {
    pkg.revert(); // opened read-only: nothing to save
  }

  /** The sheet named {@code wanted}, or numbered (1-based), or the first when blank: its index in {@link #sheetNames}. */
  int sheetIndex(String wanted) {
    return sheetIndex(sheetNames, wanted, where);
  }

  /**
   * The rule both workbook readers choose a sheet by: {@code wanted} as a sheet name first (so a sheet called 2019 is
   * found by its name), else as a 1-based number, else the first sheet when blank; an error naming the sheets when
   * none fits.
   */
  static int sheetIndex(List<String> names, String wanted, String where) {
    if (names.isEmpty()) throw new InputException(where + ": the workbook has no sheets");
    if (wanted == null || wanted.isBlank()) return 0;
    int i = names.indexOf(wanted);
    if (i >= 0) return i;
    if (wanted.matches("\\d+")) {
      int idx = Integer.parseInt(wanted);
      if (idx >= 1 && idx <= names.size()) return idx - 1;
      throw new InputException(where + ": no sheet " + idx + " (the workbook has " + names.size() + ": "
          + String.join(", ", names) + ")");
    }
    throw new InputException(where + ": no sheet `" + wanted + "`" + Suggest.didYouMean(wanted, names)
        + " (sheets: " + String.join(", ", names) + ")");
  }

  /** The XML of sheet {@code index}. */
  InputStream sheet(int index) throws IOException {
    String rel = sheetRelations.get(index);
    PackageRelationship r = rel == null ? null : workbook.getRelationship(rel);
    if (r == null) throw damaged("sheet `" + sheetNames.get(index) + "` has no part");
    try {
      return workbook.getRelatedPart(r).getInputStream();
    } catch (InvalidFormatException | IllegalArgumentException e) {
      throw damaged("sheet `" + sheetNames.get(index) + "`: " + e.getMessage());
    }
  }

  private PackagePart workbookPart() {
    for (String type : new String[] {PackageRelationshipTypes.CORE_DOCUMENT, PackageRelationshipTypes.STRICT_CORE_DOCUMENT}) {
      PackageRelationshipCollection rels = pkg.getRelationshipsByType(type);
      if (rels.size() > 0) {
        PackagePart p = pkg.getPart(rels.getRelationship(0));
        if (p != null) return p;
      }
    }
    throw damaged("no workbook part");
  }

  /** The part related to the workbook by a relationship type ending in {@code suffix}, or null. */
  private PackagePart related(String suffix) {
    try {
      for (PackageRelationship r : workbook.getRelationships())
        if (r.getRelationshipType().endsWith(suffix)) return workbook.getRelatedPart(r);
    } catch (InvalidFormatException e) {
      throw damaged(e.getMessage());
    }
    return null;
  }

  /** The shared strings (si items: plain or rich text runs, without phonetic runs), or none. */
  private String[] sharedStrings() throws IOException {
    PackagePart part = related(SHARED_STRINGS);
    if (part == null) return new String[0];
    List<String> out = new ArrayList<>();
    StringBuilder si = new StringBuilder();
    try (InputStream in = part.getInputStream()) {
      SpreadsheetXmlScanner x = new SpreadsheetXmlScanner(in);
      boolean inT = false;
      int phonetic = 0;
      for (int ev; (ev = x.next(inT && phonetic == 0)) != SpreadsheetXmlScanner.EOF; ) {
        if (ev == SpreadsheetXmlScanner.TEXT) si.append(x.text());
        else if (ev == SpreadsheetXmlScanner.START) {
          if (x.is("si")) si.setLength(0);
          else if (x.is("t")) inT = true;
          else if (x.is("rPh")) phonetic++;
        } else {
          if (x.is("t")) inT = false;
          else if (x.is("rPh")) phonetic--;
          else if (x.is("si")) out.add(SpreadsheetXmlScanner.unescapeOoxml(si));
        }
      }
    }
    return out.toArray(String[]::new);
  }

  /** Number format id of every cell style (cellXfs, in order) and the custom format codes (numFmts). */
  private void styles(List<Short> formatIds, Map<Integer, String> custom) throws IOException {
    PackagePart part = related(STYLES);
    if (part == null) return; // no styles: every number has the General format
    try (InputStream in = part.getInputStream()) {
      SpreadsheetXmlScanner x = new SpreadsheetXmlScanner(in);
      boolean inCellXfs = false;
      for (int ev; (ev = x.next(false)) != SpreadsheetXmlScanner.EOF; ) {
        if (ev == SpreadsheetXmlScanner.START) {
          if (x.is("numFmt")) {
            int id = x.intAttribute("numFmtId", -1);
            if (id >= 0) custom.put(id, x.attribute("formatCode"));
          } else if (x.is("cellXfs")) {
            inCellXfs = true;
          } else if (inCellXfs && x.is("xf")) {
            formatIds.add((short) x.intAttribute("numFmtId", 0));
          }
        } else if (ev == SpreadsheetXmlScanner.END && x.is("cellXfs")) {
          inCellXfs = false;
        }
      }
    }
  }

  private InputException damaged(String what) {
    return new InputException(where + ": not a readable Excel workbook (" + what + ")");
  }
}
