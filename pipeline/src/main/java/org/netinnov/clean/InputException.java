package org.netinnov.clean;

/**
 * Input that cannot be read or used: the message names the file (and row/column) and the cause, on one line (line
 * breaks that cell text may carry are replaced by spaces), so that the CLI can print it as is and exit with code 2.
 */
public final class InputException extends RuntimeException {
  public InputException(String message) { super(oneLine(message)); }

  public InputException(String message, Throwable cause) { super(oneLine(message), cause); }

  private static String oneLine(String s) {
    return s == null ? null : s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
