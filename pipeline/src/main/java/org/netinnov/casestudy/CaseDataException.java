package org.netinnov.casestudy;

/**
 * Thrown when a case-study file is missing, unreadable or malformed. The message always names the file and,
 * where one is at fault, the line and column, so the user can fix the CSV without reading code.
 */
public final class CaseDataException extends RuntimeException {
  public CaseDataException(String message) {
    super(message);
  }

  public CaseDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
