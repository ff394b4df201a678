package org.netinnov.clean;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one input file — CSV/TSV/TXT or XLSX/XLS, told apart by the extension and, failing that, by the first bytes —
 * into a {@link RawTable} of primitive columns, in one streaming pass.
 *
 * <p>Not Tablesaw: reading a 1M-row, 38-column messy export as Tablesaw STRING columns took 18.6 s (one core busy)
 * and 1.5 GB RSS on the 2-core build machine, before any number was parsed; its typed parsers strip thousands
 * separators and percent signs silently (no count per kind for the log) and throw on any other text in a numeric
 * column. This reader parses each cell once, straight from the decoded characters: the same file is read and parsed
 * in about 3.5–4.5 s.
 *
 * <p>Every failure is an {@link InputException} with a one-line message naming the file and the cause.
 */
public final class TableReader {
  private TableReader() {}

  /** Reading options of one file (the main file or a join). */
  record FileOptions(String path, String firm, String year, String sheet, String encoding, String delimiter,
      int skipRows, int descriptionRows, java.util.Map<String, String> rename, FirmIds firmIds,
      int periodEnd) {}

  static RawTable read(FileOptions f, CleanSpec clean, Path baseDir) {
    Path file = baseDir.resolve(f.path());
    String where = file.toString();
    if (!Files.exists(file)) throw new InputException(where + ": file not found");
    if (!Files.isRegularFile(file)) throw new InputException(where + ": not a file");
    if (!Files.isReadable(file)) throw new InputException(where + ": not readable (permissions)");
    if (f.skipRows() < 0 || f.descriptionRows() < 0)
      throw new InputException(where + ": skip_rows and description_rows must be 0 or more");
    Format format = format(file);
    if (format == Format.TEXT && f.sheet() != null)
      throw new InputException(where + ": data.sheet is set, but the file is not an Excel workbook");
    NumberParser parser = new NumberParser(clean.missingMarkers(), clean.percent().equals("fraction"), clean.units());
    Set<String> forceText = new HashSet<>(clean.text());
    for (int attempt = 0; attempt < 2; attempt++) {
      long size;
      try {
        size = Files.size(file);
      } catch (IOException e) {
        throw new InputException(where + ": cannot read (" + XlsxSource.oneLine(e.getMessage()) + ")");
      }
      var opts = new TableBuilder.Options(f.path(), file, f.firm(), f.year(), f.rename(), f.firmIds(),
          Set.copyOf(clean.numeric()), Set.copyOf(forceText));
      TableBuilder tb = new TableBuilder(opts, parser, (int) Math.min(64_000_000L, size / 200 + 16));
      RawTable t;
      try {
        t = switch (format) {
          case XLSX -> XlsxStreamSource.read(tb, f.sheet(), f.skipRows(), f.descriptionRows());
          case XLS -> XlsxSource.read(tb, f.sheet(), f.skipRows(), f.descriptionRows());
          case TEXT -> CsvSource.read(tb, f.encoding(), f.delimiter(), f.skipRows(), f.descriptionRows());
        };
      } catch (InputException e) {
        throw e.getMessage().startsWith(where) ? e : new InputException(where + ": " + e.getMessage(), e);
      } catch (IOException e) {
        throw new InputException(where + ": cannot read (" + XlsxSource.oneLine(e.getMessage()) + ")", e);
      } catch (OutOfMemoryError e) {
        throw e;
      } catch (RuntimeException e) {
        throw new InputException(where + ": not a readable table (" + e.getClass().getSimpleName() + ": "
            + XlsxSource.oneLine(e.getMessage()) + ")", e);
      }
      boolean again = false;
      for (RawColumn c : t.columns()) {
        if (c.needsTextReread()) {
          forceText.add(c.name);
          again = true;
        }
      }
      if (!again) return t;
    }
    throw new IllegalStateException("a column could not be typed after a second reading");
  }

  /**
   * The header cells of a workbook sheet (sheet row {@code skipRows + 1}, as the reader takes it), for
   * {@code validate}: an XLSX is streamed only up to that row.
   */
  public static List<String> workbookHeader(Path file, String sheet, int skipRows) throws IOException {
    return format(file) == Format.XLSX ? XlsxStreamSource.header(file.toFile(), sheet, skipRows)
        : XlsxSource.header(file.toFile(), sheet, skipRows);
  }

  /** An Excel workbook by its name or, whatever the name, by its first bytes (zip or OLE2 signature). */
  public static boolean isWorkbook(Path file) {
    return format(file) != Format.TEXT;
  }

  /** How a file is read: XLSX streamed, XLS (and anything else that claims to be a workbook) in memory, or text. */
  enum Format { XLSX, XLS, TEXT }

  /**
   * By the first bytes (ZIP: XLSX; OLE2: XLS), else by the extension: a workbook saved with a .csv name is still read
   * as a workbook, and a text file named .xlsx goes to the workbook reader, which reports "not an Excel workbook".
   */
  static Format format(Path file) {
    byte[] b;
    try (InputStream in = Files.newInputStream(file)) {
      b = in.readNBytes(4);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read (" + XlsxSource.oneLine(e.getMessage()) + ")");
    }
    if (b.length == 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) return Format.XLSX;
    if (b.length == 4 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11) return Format.XLS;
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls") ? Format.XLS : Format.TEXT;
  }
}
