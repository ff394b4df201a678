package org.netinnov.clean;

/** Input that cannot be read or used: the message names the file (and row/column) and the cause. */
public final class InputException extends RuntimeException {
  public InputException(String message) { super(message); }

  public InputException(String message, Throwable cause) { super(message, cause); }
}
