package org.netinnov.estimate.linear;

/** A model that cannot be estimated as specified (singular design, too few groups, unsupported option, ...). */
public class EstimationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EstimationException(String message) {
    super(message);
  }
}
