package org.netinnov.clean;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A pull scanner for the XML parts of an XLSX package (worksheets, shared strings): start tags with their attributes,
 * end tags and text, nothing else. SpreadsheetML parts have no DTD, so none is read (one is an error); comments and
 * processing instructions are skipped; CDATA is text. Element names are compared without their namespace prefix.
 *
 * <p>Why not SAX: the JDK's parser reads a 149 MB worksheet in about 5 s; this scanner works on the inflated bytes
 * directly and decodes only the text the reader asks for (cell values), which is several times faster. Compared
 * against POI's in-memory reader on the same workbooks in the tests.
 */
final class SpreadsheetXmlScanner {
  static final int START = 1, END = 2, TEXT = 3, EOF = -1;

  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos, lim;
  private byte[] tag = new byte[256];
  private int tagLen, nameEnd, localFrom;
  private boolean selfClosing, pendingEnd;
  private final StringBuilder text = new StringBuilder(64);

  SpreadsheetXmlScanner(InputStream in) {
    this.in = in;
  }

  /**
   * The next event. A self-closing element gives START then END. TEXT is returned (and {@link #text()} filled) only
   * when {@code wantText} is set; otherwise text is skipped.
   */
  int next(boolean wantText) throws IOException {
    if (pendingEnd) {
      pendingEnd = false;
      return END;
    }
    while (true) {
      int b = read();
      if (b < 0) return EOF;
      if (b != '<') {
        if (!wantText) {
          skipTo('<');
          continue;
        }
        text.setLength(0);
        pos--;
        readText();
        return TEXT;
      }
      int c = read();
      if (c == '?') { skipPast("?>"); continue; }
      if (c == '!') {
        if (peekIs("--")) { skipPast("-->"); continue; }
        if (peekIs("[CDATA[")) {
          pos += 7;
          text.setLength(0);
          readCdata();
          if (wantText) return TEXT;
          continue;
        }
        throw new IOException("a DTD or declaration (<!...) in a spreadsheet part, which SpreadsheetML does not allow");
      }
      readTag(c);
      if (tag[0] == '/') {
        localFrom = local(1, nameEnd);
        return END;
      }
      localFrom = local(0, nameEnd);
      if (selfClosing) pendingEnd = true;
      return START;
    }
  }

  /** Whether the current start or end tag's local name is {@code name} (ASCII). */
  boolean is(String name) {
    int n = nameEnd - localFrom;
    if (n != name.length()) return false;
    for (int i = 0; i < n; i++) if (tag[localFrom + i] != name.charAt(i)) return false;
    return true;
  }

  /** The value of attribute {@code name} of the current start tag, or null. */
  String attribute(String name) {
    int a = findAttribute(name, false);
    return a < 0 ? null : decodeAttribute(attrValue[a], attrValueEnd[a]);
  }

  /**
   * Attribute {@code name} as one of {@code known} (the same String object, so callers may compare with ==), the
   * decoded value when it is none of them, or null when absent. Saves a String per cell for the cell type.
   */
  String attribute(String name, String... known) {
    int a = findAttribute(name, false);
    if (a < 0) return null;
    int i = attrValue[a], end = attrValueEnd[a];
    for (String k : known) {
      if (k.length() != end - i) continue;
      boolean eq = true;
      for (int j = 0; j < k.length() && eq; j++) eq = tag[i + j] == k.charAt(j);
      if (eq) return k;
    }
    return decodeAttribute(i, end);
  }

  /** A non-negative integer attribute (a style index), or {@code absent}. */
  int intAttribute(String name, int absent) throws IOException {
    int a = findAttribute(name, false);
    if (a < 0) return absent;
    int i = attrValue[a], end = attrValueEnd[a], v = 0;
    if (i == end) return absent;
    for (int k = i; k < end; k++) {
      int d = tag[k] - '0';
      if (d < 0 || d > 9) throw new IOException("attribute " + name + " is not a whole number");
      v = v * 10 + d;
    }
    return v;
  }

  /** The 0-based column of a cell reference attribute such as {@code AB12}, or -1 when absent. */
  int columnOfReference(String name) {
    int a = findAttribute(name, false);
    if (a < 0) return -1;
    int i = attrValue[a], end = attrValueEnd[a], c = 0;
    for (int k = i; k < end; k++) {
      int ch = tag[k];
      if (ch < 'A' || ch > 'Z') break;
      c = c * 26 + (ch - 'A' + 1);
    }
    return c - 1;
  }


  /** Text of the last TEXT event (entities decoded, line ends normalised to LF as XML requires). */
  StringBuilder text() {
    return text;
  }

  // ---- bytes

  private int read() throws IOException {
    if (pos == lim && !fill()) return -1;
    return buf[pos++] & 0xff;
  }

  private boolean fill() throws IOException {
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      pos = lim = 0;
      return false;
    }
    pos = 0;
    lim = n;
    return true;
  }

  private void skipTo(int ch) throws IOException {
    while (true) {
      for (int i = pos; i < lim; i++)
        if (buf[i] == ch) {
          pos = i;
          return;
        }
      pos = lim;
      if (!fill()) return;
    }
  }

  private boolean peekIs(String s) throws IOException {
    if (lim - pos < s.length()) compact(s.length());
    if (lim - pos < s.length()) return false;
    for (int i = 0; i < s.length(); i++) if (buf[pos + i] != s.charAt(i)) return false;
    return true;
  }

  /** Moves unread bytes to the front and reads more, so that at least {@code need} bytes are there if possible. */
  private void compact(int need) throws IOException {
    int rest = lim - pos;
    System.arraycopy(buf, pos, buf, 0, rest);
    pos = 0;
    lim = rest;
    while (lim < need) {
      int n = in.read(buf, lim, buf.length - lim);
      if (n <= 0) return;
      lim += n;
    }
  }

  private void skipPast(String end) throws IOException {
    int matched = 0;
    while (matched < end.length()) {
      int b = read();
      if (b < 0) throw new IOException("unexpected end of a spreadsheet part (looking for " + end + ")");
      matched = b == end.charAt(matched) ? matched + 1 : (b == end.charAt(0) ? 1 : 0);
    }
  }

  /**
   * The tag from the byte after '<' (already read as {@code first}) to its '>' into {@link #tag}, copied from the
   * buffer in runs (the scanner's hot loop: most of a worksheet is tags).
   */
  private void readTag(int first) throws IOException {
    tagLen = 0;
    nameEnd = -1;
    attributesParsed = false;
    attributeCount = 0;
    int quote = 0;
    if (first < 0) throw new IOException("unexpected end of a spreadsheet part inside a tag");
    tag[tagLen++] = (byte) first;
    if (first == '"' || first == '\'') quote = first;
    while (true) {
      if (pos == lim && !fill()) throw new IOException("unexpected end of a spreadsheet part inside a tag");
      int i = pos, end = -1;
      for (; i < lim; i++) {
        byte b = buf[i];
        if (quote != 0) {
          if (b == quote) quote = 0;
        } else if (b == '>') {
          end = i;
          break;
        } else if (b == '"' || b == '\'') {
          quote = b;
        }
      }
      int n = (end >= 0 ? end : lim) - pos;
      if (tagLen + n > tag.length) tag = java.util.Arrays.copyOf(tag, Math.max(tag.length * 2, tagLen + n));
      System.arraycopy(buf, pos, tag, tagLen, n);
      tagLen += n;
      if (end >= 0) {
        pos = end + 1;
        break;
      }
      pos = lim;
    }
    selfClosing = tag[tagLen - 1] == '/';
    int stop = selfClosing ? tagLen - 1 : tagLen;
    int k = tag[0] == '/' ? 1 : 0;
    while (k < stop && !isSpace(tag[k])) k++;
    nameEnd = k;
  }

  private int local(int from, int to) {
    for (int i = to - 1; i >= from; i--) if (tag[i] == ':') return i + 1;
    return from;
  }

  private boolean attributesParsed;
  private int attributeCount;
  private int[] attrName = new int[16], attrNameEnd = new int[16], attrValue = new int[16], attrValueEnd = new int[16];
  private boolean[] attrPrefixed = new boolean[16];

  /**
   * The value of the prefixed attribute whose local name is {@code local} (a sheet's {@code r:id}, whatever the
   * document calls the relationships namespace), or null.
   */
  String prefixedAttribute(String local) {
    int a = findAttribute(local, true);
    return a < 0 ? null : decodeAttribute(attrValue[a], attrValueEnd[a]);
  }

  /** The slot of the attribute {@code name} (local name; prefixed or not) of the current tag, or -1. */
  private int findAttribute(String name, boolean prefixed) {
    if (!attributesParsed) parseAttributes();
    for (int a = 0; a < attributeCount; a++) {
      if (attrPrefixed[a] != prefixed) continue;
      int from = attrName[a], n = attrNameEnd[a] - from;
      if (n != name.length()) continue;
      boolean eq = true;
      for (int k = 0; k < n && eq; k++) eq = tag[from + k] == name.charAt(k);
      if (eq) return a;
    }
    return -1;
  }

  /** Offsets of every attribute of the current tag; for a prefixed one (xml:space, r:id) the name is its local part. */
  private void parseAttributes() {
    attributesParsed = true;
    int i = nameEnd, n = tagLen - (selfClosing ? 1 : 0);
    while (i < n) {
      while (i < n && isSpace(tag[i])) i++;
      int ns = i;
      boolean prefixed = false;
      while (i < n && tag[i] != '=' && !isSpace(tag[i])) {
        if (tag[i] == ':') {
          prefixed = true;
          ns = i + 1;
        }
        i++;
      }
      int ne = i;
      while (i < n && tag[i] != '=') i++;
      i++;
      while (i < n && isSpace(tag[i])) i++;
      if (i >= n) return;
      byte q = tag[i++];
      int vs = i;
      while (i < n && tag[i] != q) i++;
      if (ne > ns) {
        if (attributeCount == attrName.length) {
          int m = attributeCount * 2;
          attrPrefixed = java.util.Arrays.copyOf(attrPrefixed, m);
          attrName = java.util.Arrays.copyOf(attrName, m);
          attrNameEnd = java.util.Arrays.copyOf(attrNameEnd, m);
          attrValue = java.util.Arrays.copyOf(attrValue, m);
          attrValueEnd = java.util.Arrays.copyOf(attrValueEnd, m);
        }
        attrPrefixed[attributeCount] = prefixed;
        attrName[attributeCount] = ns;
        attrNameEnd[attributeCount] = ne;
        attrValue[attributeCount] = vs;
        attrValueEnd[attributeCount++] = i;
      }
      i++;
    }
  }

  private String decodeAttribute(int from, int to) {
    boolean plain = true;
    for (int i = from; i < to; i++) if (tag[i] == '&' || tag[i] < 0) { plain = false; break; }
    if (plain) return new String(tag, from, to - from, StandardCharsets.ISO_8859_1);
    String raw = new String(tag, from, to - from, StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '&') {
        int semi = raw.indexOf(';', i);
        if (semi > i) {
          i = appendEntity(sb, raw.substring(i + 1, semi)) ? semi : i;
          if (i == semi) continue;
        }
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }

  // ---- text

  /** Text up to the next '<', UTF-8 decoded, entities resolved, CR LF and lone CR as LF. */
  private void readText() throws IOException {
    boolean cr = false;
    while (true) {
      if (pos == lim && !fill()) return;
      int b = buf[pos] & 0xff;
      if (b == '<') return;
      pos++;
      if (b == '&') {
        StringBuilder name = new StringBuilder(8);
        int ch;
        while ((ch = read()) >= 0 && ch != ';' && name.length() < 12) name.append((char) ch);
        if (ch != ';' || !appendEntity(text, name.toString()))
          throw new IOException("unknown entity &" + name + " in a spreadsheet part");
        cr = false;
        continue;
      }
      if (b < 0x80) {
        if (b == '\r') {
          text.append('\n');
          cr = true;
          continue;
        }
        if (b == '\n' && cr) {
          cr = false;
          continue;
        }
        cr = false;
        text.append((char) b);
        continue;
      }
      cr = false;
      int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
      int cp = b & (b >= 0xF0 ? 0x07 : b >= 0xE0 ? 0x0F : 0x1F);
      for (int k = 0; k < extra; k++) {
        int nb = read();
        if (nb < 0) throw new IOException("unexpected end of a spreadsheet part inside a character");
        cp = (cp << 6) | (nb & 0x3F);
      }
      text.appendCodePoint(cp);
    }
  }

  private void readCdata() throws IOException {
    java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
    int matched = 0;
    while (matched < 3) {
      int b = read();
      if (b < 0) throw new IOException("unexpected end of a spreadsheet part inside CDATA");
      raw.write(b);
      matched = b == "]]>".charAt(matched) ? matched + 1 : (b == ']' ? (matched == 2 ? 2 : 1) : 0);
    }
    byte[] r = raw.toByteArray();
    text.append(new String(r, 0, r.length - 3, StandardCharsets.UTF_8));
  }

  private static boolean appendEntity(StringBuilder sb, String name) {
    switch (name) {
      case "amp" -> sb.append('&');
      case "lt" -> sb.append('<');
      case "gt" -> sb.append('>');
      case "quot" -> sb.append('"');
      case "apos" -> sb.append('\'');
      default -> {
        if (name.length() < 2 || name.charAt(0) != '#') return false;
        try {
          int cp = name.charAt(1) == 'x' || name.charAt(1) == 'X' ? Integer.parseInt(name.substring(2), 16)
              : Integer.parseInt(name.substring(1));
          sb.appendCodePoint(cp);
        } catch (IllegalArgumentException e) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Resolves OOXML's {@code _xHHHH_} escapes (characters XML cannot hold, e.g. {@code _x000D_} for CR), as Excel and
   * POI read them.
   */
  static String unescapeOoxml(CharSequence s) {
    int first = indexOfEscape(s, 0);
    if (first < 0) return s.toString();
    StringBuilder sb = new StringBuilder(s.length());
    int i = 0;
    while (first >= 0) {
      sb.append(s, i, first);
      sb.append((char) Integer.parseInt(s.subSequence(first + 2, first + 6).toString(), 16));
      i = first + 7;
      first = indexOfEscape(s, i);
    }
    sb.append(s, i, s.length());
    return sb.toString();
  }

  private static int indexOfEscape(CharSequence s, int from) {
    for (int i = from; i + 6 < s.length(); i++) {
      if (s.charAt(i) != '_' || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') continue;
      boolean hex = true;
      for (int k = 2; k < 6 && hex; k++) hex = Character.digit(s.charAt(i + k), 16) >= 0;
      if (hex) return i;
    }
    return -1;
  }
}
