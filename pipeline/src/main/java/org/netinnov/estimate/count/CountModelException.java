package org.netinnov.estimate.count;

/**
 * A count model cannot be estimated on the given design: the outcome is negative or not an integer, there is no
 * positive outcome, every group was dropped, a standard-error type does not apply, or the normal equations are
 * singular. The message says which and, where possible, what to change.
 */
public final class CountModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CountModelException(String message) { super(message); }
}
