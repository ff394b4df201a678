package org.netinnov.data.expr;

/** An expression or formula that cannot be parsed; the message points at the offending character. */
public final class ExpressionException extends IllegalArgumentException {
  private final String source;
  private final int offset;

  public ExpressionException(String source, int offset, String message) {
    super(message + " (at character " + (offset + 1) + " of `" + source + "`)");
    this.source = source;
    this.offset = offset;
  }

  public String source() { return source; }

  public int offset() { return offset; }
}
