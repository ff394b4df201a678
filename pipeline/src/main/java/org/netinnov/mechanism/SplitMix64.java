package org.netinnov.mechanism;

/**
 * SplitMix64 (Steele, Lea &amp; Flood 2014, "Fast splittable pseudorandom number generators", OOPSLA): a 64-bit
 * state advanced by the golden gamma and finalised by the MurmurHash3-style mix. Written out here rather than taken
 * from {@link java.util.SplittableRandom} so that the bootstrap draws are fixed by this file, not by the JDK.
 *
 * <p>{@link #forReplicate(long, int)} gives replicate r its own stream seeded from (seed, r), so a replicate's draws
 * do not depend on which thread runs it or in what order.
 */
final class SplitMix64 {
  /** 2^64 / φ, the increment of the state (odd). */
  static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private long state;

  SplitMix64(long seed) { this.state = seed; }

  /** The generator of bootstrap replicate {@code r}: state = mix(seed + (r + 1)·γ). */
  static SplitMix64 forReplicate(long seed, int r) {
    return new SplitMix64(mix(seed + (r + 1L) * GOLDEN_GAMMA));
  }

  long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /**
   * Uniform integer in {@code [0, bound)} without modulo bias: Lemire's multiply-and-shift on 32 random bits with
   * rejection of the short interval (Lemire 2019, "Fast random integer generation in an interval", ACM TOMACS 29).
   */
  int nextInt(int bound) {
    if (bound <= 0) throw new IllegalArgumentException("bound must be positive: " + bound);
    long m = (nextLong() >>> 32) * bound;
    long low = m & 0xFFFFFFFFL;
    if (low < bound) {
      long threshold = ((1L << 32) - bound) % bound;
      while (low < threshold) {
        m = (nextLong() >>> 32) * bound;
        low = m & 0xFFFFFFFFL;
      }
    }
    return (int) (m >>> 32);
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
