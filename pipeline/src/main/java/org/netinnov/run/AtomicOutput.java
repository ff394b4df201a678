package org.netinnov.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A run's output folder written all-or-nothing: files go to a hidden temporary sibling folder, which replaces
 * {@code output/<name>/} only when the run completed. A failed run leaves the previous results untouched.
 */
public final class AtomicOutput implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private boolean committed;

  public AtomicOutput(Path target) {
    this.target = target.toAbsolutePath().normalize();
    try {
      Files.createDirectories(this.target.getParent());
      this.temp = Files.createTempDirectory(this.target.getParent(), "." + this.target.getFileName() + ".tmp-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary output folder next to " + target, e);
    }
  }

  /** Folder to write into until {@link #commit()}. */
  public Path dir() { return temp; }

  public Path target() { return target; }

  /** Moves the finished folder into place, replacing the previous one. */
  public void commit() {
    try {
      Path old = null;
      if (Files.exists(target)) {
        old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
        move(target, old);
      }
      move(temp, target);
      committed = true;
      if (old != null) deleteTree(old);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the results into " + target, e);
    }
  }

  @Override public void close() {
    if (!committed) deleteTree(temp);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path p) {
    if (!Files.exists(p)) return;
    try (Stream<Path> s = Files.walk(p)) {
      s.sorted(Comparator.reverseOrder()).forEach(q -> {
        try {
          Files.deleteIfExists(q);
        } catch (IOException ignored) {
          // best effort: a leftover temporary folder is harmless and hidden
        }
      });
    } catch (IOException ignored) {
      // as above
    }
  }
}
