package org.netinnov.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * One column of a raw input file, filled cell by cell while the file is read and then read-only: numbers go
 * straight into a {@code double[]} (NaN missing), text into an interned {@code String[]}, the firm id into text and
 * the year into an {@code int[]}. It counts what it saw for the cleaning log: missing cells by marker, numbers
 * written as text by kind, cells that are not numbers, with the file line of the first examples.
 *
 * <p>A column whose role is {@link Role#AUTO} is buffered as text until enough non-missing cells have been seen,
 * then becomes numeric when at least half of them are numbers, else text; at the end the same majority rule is
 * checked over the whole column: a text column whose cells are mostly numbers is converted exactly from its stored
 * text, and a numeric column whose cells are mostly not numbers asks to be read again as text
 * ({@link #needsTextReread()}), because the original text of its number cells was not kept.
 */
final class RawColumn {
  enum Role { FIRM, YEAR, NUMERIC, TEXT, AUTO }

  /** Kinds counted in {@link #counts}. */
  static final int PLAIN = 0, THOUSANDS = 1, PERCENT = 2, PARENTHESES = 3, UNIT = 4, NOT_A_NUMBER = 5,
      NUMBER_CELL = 6, KINDS = 7;
  static final String[] KIND_NAMES = {"plain", "thousands separators", "percent", "parentheses negative",
      "unit suffix", "not a number", "spreadsheet number"};

  /** A blank year cell ({@link YearParser#INVALID} marks a cell that holds no readable year). */
  static final int BLANK_YEAR = Integer.MIN_VALUE + 1;

  private static final int DECIDE_AFTER_NON_MISSING = 200;
  private static final int DECIDE_AFTER_ROWS = 20_000;
  private static final int MAX_INTERNED = 1 << 16;
  private static final int EXAMPLES_PER_KIND = 3;
  private static final long NO_DIRECT_BITS = 0x7ff0_beef_0000_0002L;

  final String name;
  private Role role;
  private final boolean auto;
  private final NumberParser parser;
  private final FirmIds firmIds;
  private final java.util.function.IntToLongFunction lineOfRow;
  private int size;

  private double[] num;
  private String[] txt;
  private double[] direct; // spreadsheet number cells of a text column (exact values), lazily allocated
  private byte[] missingCode; // automatic text column: 1 empty, 2 + m marker m, so a later conversion keeps them
  private int[] year;
  private short[] monthDay;
  private HashMap<String, String> intern = new HashMap<>();

  // counts for the log
  private long empty;
  private long[] byMarker;
  private final long[] counts = new long[KINDS];
  private long textCellsThatAreNumbers;
  private long nonMissing;
  private final List<String>[] examples;
  private final long[] yearForms = new long[YearParser.Form.values().length];
  private long paddedIds, strippedIds;
  private boolean needsTextReread;
  private String decision = "";

  @SuppressWarnings("unchecked")
  RawColumn(String name, Role role, NumberParser parser, int capacity, FirmIds firmIds, java.util.function.IntToLongFunction lineOfRow) {
    this.name = name;
    this.lineOfRow = lineOfRow;
    this.role = role;
    this.auto = role == Role.AUTO;
    this.parser = parser;
    this.firmIds = firmIds;
    this.byMarker = new long[parser.markers().size()];
    this.examples = new List[KINDS];
    for (int k = 0; k < KINDS; k++) examples[k] = new ArrayList<>();
    capacity = Math.max(capacity, 16);
    switch (role) {
      case NUMERIC -> num = new double[capacity];
      case YEAR -> {
        year = new int[capacity];
        monthDay = new short[capacity];
      }
      default -> txt = new String[capacity];
    }
    if (auto) missingCode = new byte[txt.length];
  }

  Role role() { return role; }

  int size() { return size; }

  /** Numbers (NaN missing), trimmed to the row count. Only for a numeric column. */
  double[] numbers() { return num.length == size ? num : (num = Arrays.copyOf(num, size)); }

  /** Text (null missing), trimmed to the row count. For text and firm columns. */
  String[] texts() { return txt.length == size ? txt : (txt = Arrays.copyOf(txt, size)); }

  /** Years ({@link YearParser#INVALID} when unreadable, {@link #BLANK_YEAR} when blank). */
  int[] years() { return year.length == size ? year : (year = Arrays.copyOf(year, size)); }

  /**
   * Month and day (1231 for 31 December) of year cells written as full dates, 0 where the cell gave a year only:
   * the reporting period of CSMAR-style rows, for {@code period_end}.
   */
  short[] monthDays() { return monthDay.length == size ? monthDay : (monthDay = Arrays.copyOf(monthDay, size)); }

  boolean wasAuto() { return auto; }

  /** Drops the cell storage once the values have been copied out (the counts stay, for the log). */
  void release() {
    num = null;
    txt = null;
    year = null;
    direct = null;
    intern = null;
    missingCode = null;
  }

  boolean needsTextReread() { return needsTextReread; }

  /** How an automatic column was typed, for the log ("" for listed columns). */
  String decision() { return decision; }

  long empty() { return empty; }

  long[] byMarker() { return byMarker; }

  long missing() {
    long m = empty;
    for (long b : byMarker) m += b;
    return m;
  }

  long count(int kind) { return counts[kind]; }

  List<String> examples(int kind) { return examples[kind]; }

  long yearForm(YearParser.Form f) { return yearForms[f.ordinal()]; }

  long paddedIds() { return paddedIds; }

  long strippedIds() { return strippedIds; }

  /** A cell given as characters (CSV, or spreadsheet text). */
  void add(char[] b, int off, int len, long line) {
    switch (role) {
      case NUMERIC -> addNumber(b, off, len, line);
      case YEAR -> addYear(b, off, len, line);
      case FIRM -> addFirm(b, off, len);
      default -> {
        addText(b, off, len);
        if (role == Role.AUTO) maybeDecide();
      }
    }
  }

  /** A spreadsheet cell holding a number; {@code display} is how the spreadsheet shows it. */
  void addSpreadsheetNumber(double v, String display, long line) {
    switch (role) {
      case NUMERIC -> {
        ensure();
        num[size++] = v;
        counts[NUMBER_CELL]++;
        nonMissing++;
      }
      case YEAR -> {
        double r = Math.rint(v);
        int y = (r == v && r >= 1800 && r < 2200) ? (int) r : YearParser.INVALID;
        int md = 0;
        if (y == YearParser.INVALID && r == v && v >= 18000101 && v < 22000000) { // 20191231 stored as a number
          int ymd = (int) v;
          md = YearParser.validMonthDay(ymd % 10000);
          if (md != 0) y = ymd / 10000;
        }
        if (y == YearParser.INVALID) example(NOT_A_NUMBER, line, display != null ? display : Double.toString(v));
        else yearForms[(md != 0 ? YearParser.Form.DATE : YearParser.Form.NUMBER).ordinal()]++;
        ensure();
        monthDay[size] = (short) md;
        year[size++] = y;
      }
      case FIRM -> {
        char[] c = display.toCharArray();
        addFirm(c, 0, c.length);
      }
      default -> {
        ensure();
        if (direct == null) {
          direct = new double[txt.length];
          Arrays.fill(direct, Double.longBitsToDouble(NO_DIRECT_BITS));
        }
        direct[size] = v;
        txt[size++] = display;
        nonMissing++;
        textCellsThatAreNumbers++;
        if (role == Role.AUTO) maybeDecide();
      }
    }
  }

  /** A spreadsheet date cell in the year column, with its month and day (1231). */
  void addYearOfDate(int y, int monthAndDay) {
    ensure();
    monthDay[size] = (short) monthAndDay;
    year[size++] = y >= 1800 && y < 2200 ? y : YearParser.INVALID;
    yearForms[YearParser.Form.DATE.ordinal()]++;
  }

  /** A missing cell (a short row, or a blank spreadsheet cell). */
  void addMissing() {
    ensure();
    switch (role) {
      case NUMERIC -> num[size] = Double.NaN;
      case YEAR -> {
        year[size] = BLANK_YEAR;
        monthDay[size] = 0;
      }
      default -> {
        txt[size] = null;
        if (missingCode != null) missingCode[size] = 1;
      }
    }
    size++;
    empty++;
  }

  /** Removes the last cell, which was empty (the row turned out to be blank). */
  void dropLastEmpty() {
    size--;
    empty--;
  }

  private void addNumber(char[] b, int off, int len, long line) {
    ensure();
    double v = parser.parse(b, off, len);
    NumberParser.Kind k = parser.kind();
    if (k == NumberParser.Kind.PLAIN) {
      num[size++] = v;
      counts[PLAIN]++;
      nonMissing++;
      return;
    }
    if (k == NumberParser.Kind.MISSING) {
      num[size++] = Double.NaN;
      int m = parser.marker();
      if (m == NumberParser.EMPTY) empty++;
      else byMarker[m]++;
      return;
    }
    nonMissing++;
    int kind = switch (k) {
      case THOUSANDS -> THOUSANDS;
      case PERCENT -> PERCENT;
      case PARENTHESES -> PARENTHESES;
      case UNIT -> UNIT;
      default -> NOT_A_NUMBER;
    };
    counts[kind]++;
    if (kind == NOT_A_NUMBER) {
      num[size++] = Double.NaN;
      if (examples[kind].size() < EXAMPLES_PER_KIND) example(kind, line, new String(b, off, len));
    } else {
      num[size++] = v;
      if (examples[kind].size() < 1) example(kind, line, new String(b, off, len).trim() + "` → `" + fmt(v));
    }
  }

  private void addYear(char[] b, int off, int len, long line) {
    ensure();
    int y = YearParser.parse(b, off, len);
    monthDay[size] = (short) (y != YearParser.INVALID && len > 4 ? YearParser.monthDay(b, off, len) : 0);
    year[size++] = y;
    if (y == YearParser.INVALID) {
      if (parser.missingMarker(b, off, len) != -2) {
        empty++;
        year[size - 1] = BLANK_YEAR;
      } else {
        counts[NOT_A_NUMBER]++;
        if (examples[NOT_A_NUMBER].size() < EXAMPLES_PER_KIND) example(NOT_A_NUMBER, line, new String(b, off, len));
      }
    } else if (len == 4) {
      yearForms[YearParser.Form.NUMBER.ordinal()]++;
    } else {
      YearParser.Form f = YearParser.form(b, off, len);
      yearForms[f.ordinal()]++;
      if (f != YearParser.Form.NUMBER && examples[PLAIN].size() < 1) example(PLAIN, line, new String(b, off, len).trim() + "` → `" + y);
    }
  }

  private void addFirm(char[] b, int off, int len) {
    ensure();
    int lo = off, hi = off + len;
    while (lo < hi && NumberParser.isSpace(b[lo])) lo++;
    while (hi > lo && NumberParser.isSpace(b[hi - 1])) hi--;
    if (lo == hi || parser.missingMarker(b, lo, hi - lo) != -2) {
      txt[size++] = null;
      empty++;
      return;
    }
    String id = new String(b, lo, hi - lo);
    if (firmIds.stripExchangeSuffix()) {
      String stripped = FirmIds.withoutExchangeSuffix(id);
      if (stripped != id) {
        id = stripped;
        strippedIds++;
      }
    }
    int width = firmIds.width();
    if (width > 0 && id.length() < width && allDigits(id)) {
      id = "0".repeat(width - id.length()) + id;
      paddedIds++;
    }
    txt[size++] = intern(id);
  }

  private void addText(char[] b, int off, int len) {
    ensure();
    int m = parser.missingMarker(b, off, len);
    if (m != -2) {
      if (missingCode != null) missingCode[size] = (byte) (m == NumberParser.EMPTY ? 1 : 2 + Math.min(m, 250));
      txt[size++] = null;
      if (m == NumberParser.EMPTY) empty++;
      else byMarker[m]++;
      return;
    }
    nonMissing++;
    if (auto && !NumberParser.isUnparseable(parser.parse(b, off, len))) textCellsThatAreNumbers++;
    int lo = off, hi = off + len;
    while (lo < hi && NumberParser.isSpace(b[lo])) lo++;
    while (hi > lo && NumberParser.isSpace(b[hi - 1])) hi--;
    txt[size++] = intern(new String(b, lo, hi - lo));
  }

  private String intern(String s) {
    if (intern == null) return s;
    String prev = intern.putIfAbsent(s, s);
    if (prev != null) return prev;
    if (intern.size() > MAX_INTERNED) intern = null; // many distinct values: interning no longer pays
    return s;
  }

  private void maybeDecide() {
    if (nonMissing >= DECIDE_AFTER_NON_MISSING || size >= DECIDE_AFTER_ROWS) decide();
  }

  /** AUTO → NUMERIC or TEXT by the majority of the cells seen so far. */
  private void decide() {
    if (textCellsThatAreNumbers * 2 >= nonMissing) toNumeric();
    else role = Role.TEXT;
  }

  /** Re-reads the stored text cells as numbers (exact: the text is the original cell, or a spreadsheet value). */
  private void toNumeric() {
    String[] t = txt;
    double[] d = direct;
    int n = size;
    num = new double[t.length];
    role = Role.NUMERIC;
    size = 0;
    empty = 0;
    Arrays.fill(byMarker, 0);
    Arrays.fill(counts, 0);
    nonMissing = 0;
    for (List<String> e : examples) e.clear();
    for (int i = 0; i < n; i++) {
      if (d != null && Double.doubleToRawLongBits(d[i]) != NO_DIRECT_BITS) {
        num[size++] = d[i];
        counts[NUMBER_CELL]++;
        nonMissing++;
      } else if (t[i] == null) {
        num[size++] = Double.NaN;
        int code = missingCode[i] & 0xff;
        if (code >= 2) byMarker[code - 2]++;
        else empty++;
      } else {
        char[] c = t[i].toCharArray();
        addNumber(c, 0, c.length, lineOfRow.applyAsLong(i));
      }
    }
    txt = null;
    direct = null;
    intern = null;
    missingCode = null;
  }

  /** Called after the last row. */
  void finish() {
    if (!auto) return;
    if (role == Role.AUTO) decide();
    if (role == Role.TEXT && nonMissing > 0 && textCellsThatAreNumbers * 2 >= nonMissing) toNumeric();
    long numbers = nonMissing - counts[NOT_A_NUMBER];
    if (role == Role.NUMERIC) {
      if (nonMissing > 0 && numbers * 2 < nonMissing) needsTextReread = true;
      decision = "numeric (" + numbers + " of " + nonMissing + " non-missing cells are numbers)";
    } else {
      decision = "text (" + textCellsThatAreNumbers + " of " + nonMissing + " non-missing cells are numbers)";
    }
  }

  private void example(int kind, long line, String text) {
    examples[kind].add((line > 0 ? "line " + line + ": " : "") + "`" + text + "`");
  }

  private void ensure() {
    int cap = switch (role) {
      case NUMERIC -> num.length;
      case YEAR -> year.length;
      default -> txt.length;
    };
    if (size < cap) return;
    int grown = cap + (cap >> 1) + 16;
    switch (role) {
      case NUMERIC -> num = Arrays.copyOf(num, grown);
      case YEAR -> {
        year = Arrays.copyOf(year, grown);
        monthDay = Arrays.copyOf(monthDay, grown);
      }
      default -> {
        txt = Arrays.copyOf(txt, grown);
        if (missingCode != null) missingCode = Arrays.copyOf(missingCode, grown);
        if (direct != null) {
          int old = direct.length;
          direct = Arrays.copyOf(direct, grown);
          Arrays.fill(direct, old, grown, Double.longBitsToDouble(NO_DIRECT_BITS));
        }
      }
    }
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
    return !s.isEmpty();
  }

  static String fmt(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
    String s = Double.toString(v);
    return s.toLowerCase(Locale.ROOT);
  }
}
