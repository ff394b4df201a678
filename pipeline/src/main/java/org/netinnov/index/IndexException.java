package org.netinnov.index;

/**
 * An index that cannot be built as specified (zero-range indicator, unknown column, too few observations),
 * naming the dimension and, where one is to blame, the indicator.
 */
public final class IndexException extends IllegalArgumentException {
  private final String dimension;
  private final String indicator;

  public IndexException(String dimension, String indicator, String message) {
    super("index `" + dimension + "`" + (indicator == null ? "" : ", indicator `" + indicator + "`") + ": " + message);
    this.dimension = dimension;
    this.indicator = indicator;
  }

  public IndexException(String dimension, String message, Throwable cause) {
    super("index `" + dimension + "`: " + message, cause);
    this.dimension = dimension;
    this.indicator = null;
  }

  /** The dimension whose index failed. */
  public String dimension() { return dimension; }

  /** The indicator to blame, or {@code null} when the failure concerns the whole dimension. */
  public String indicator() { return indicator; }
}
