package org.netinnov.clean;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Text encodings of input files: the names a config may use, and the detection of a wrong one from the header
 * (replacement characters, or mojibake — text that only makes sense when re-read in another encoding).
 */
final class Encodings {
  private Encodings() {}

  /** UTF-8 (BOM allowed), GBK, GB18030, GB2312, Latin-1 / ISO-8859-1, or any other name Java knows. */
  static Charset charset(String name, String where) {
    String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    String canonical = switch (n) {
      case "utf8", "utf-8", "utf-8-sig", "utf8-bom", "utf-8-bom" -> "UTF-8";
      case "latin1", "latin-1", "iso-8859-1", "iso8859-1" -> "ISO-8859-1";
      case "gbk", "cp936" -> "GBK";
      case "gb18030" -> "GB18030";
      default -> name.trim();
    };
    try {
      return Charset.forName(canonical);
    } catch (RuntimeException e) {
      throw new InputException(where + ": unknown encoding `" + name + "` (use UTF-8, GBK, GB18030 or ISO-8859-1)");
    }
  }

  /**
   * Why {@code header}, decoded with {@code cs}, looks wrongly decoded, or null when it looks fine.
   * Three signs: U+FFFD (bytes not valid in {@code cs}); text that, encoded back to its bytes, is valid UTF-8 with
   * non-ASCII characters although {@code cs} is not UTF-8 (UTF-8 read as GBK or Latin-1); Latin-1 text whose
   * accented letters come in pairs that decode as GBK into Chinese characters (GBK read as Latin-1).
   */
  static String wrongEncoding(String header, Charset cs) {
    int bad = header.indexOf('\uFFFD');
    if (bad >= 0) {
      String around = header.substring(Math.max(0, bad - 8), Math.min(header.length(), bad + 8)).replace('\n', ' ');
      String guess = cs.equals(StandardCharsets.UTF_8) ? "; is it GBK or GB18030?" : "; is it UTF-8?";
      return "the header is not valid " + cs.name() + " text (replacement characters in `" + around + "`)" + guess;
    }
    boolean nonAscii = false;
    for (int i = 0; i < header.length(); i++) if (header.charAt(i) > 127) { nonAscii = true; break; }
    if (!nonAscii || cs.equals(StandardCharsets.UTF_8)) return null;
    if (cs.canEncode()) {
      byte[] bytes = header.getBytes(cs);
      String asUtf8 = strictDecode(bytes, StandardCharsets.UTF_8);
      if (asUtf8 != null && !asUtf8.equals(header))
        return "the header reads as mojibake in " + cs.name() + " but as UTF-8 it is `" + shorten(asUtf8)
            + "`; set the encoding to UTF-8";
      if (cs.equals(StandardCharsets.ISO_8859_1) && pairedLatin1(header)) {
        String asGbk = strictDecode(bytes, Charset.forName("GB18030"));
        if (asGbk != null && mostlyHan(asGbk))
          return "the header reads as mojibake in ISO-8859-1 but as GBK it is `" + shorten(asGbk)
              + "`; set the encoding to GBK or GB18030";
      }
    }
    return null;
  }

  private static String strictDecode(byte[] bytes, Charset cs) {
    try {
      CharBuffer cb = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return cb.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Every run of characters above U+007F has even length (GBK's two-byte characters). */
  private static boolean pairedLatin1(String s) {
    int run = 0, runs = 0;
    for (int i = 0; i <= s.length(); i++) {
      boolean high = i < s.length() && s.charAt(i) > 127;
      if (high) run++;
      else {
        if (run % 2 != 0) return false;
        if (run > 0) runs++;
        run = 0;
      }
    }
    return runs > 0;
  }

  private static boolean mostlyHan(String s) {
    int han = 0, other = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= 127) continue;
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) han++;
      else other++;
    }
    return han > 0 && han >= 3 * other;
  }

  private static String shorten(String s) {
    s = s.replace('\n', ' ').replace('\r', ' ');
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
