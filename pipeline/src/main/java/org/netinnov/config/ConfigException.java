package org.netinnov.config;

import java.util.List;

/**
 * An invalid configuration: each problem carries the YAML path it concerns ({@code models.main.formula}) and
 * what was expected. The command line prints one line per problem and exits with code 2.
 */
public final class ConfigException extends RuntimeException {
  private final List<Problem> problems;

  public ConfigException(List<Problem> problems) {
    super(render(problems));
    this.problems = List.copyOf(problems);
  }

  public ConfigException(String path, String message) {
    this(List.of(new Problem(path, message)));
  }

  public List<Problem> problems() { return problems; }

  /** One problem: where (YAML path, or a file) and what. */
  public record Problem(String path, String message) {
    @Override public String toString() { return (path == null || path.isEmpty() ? "" : "`" + path + "`: ") + message; }
  }

  private static String render(List<Problem> problems) {
    StringBuilder sb = new StringBuilder();
    for (Problem p : problems) {
      if (sb.length() > 0) sb.append('\n');
      sb.append(p);
    }
    return sb.toString();
  }
}
