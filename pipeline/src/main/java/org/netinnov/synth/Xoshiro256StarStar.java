package org.netinnov.synth;

/**
 * The xoshiro256** pseudo-random generator, seeded through SplitMix64, with independent numbered streams.
 *
 * <p>Why our own generator: the synthetic panel must be reproducible byte for byte on every JVM, and
 * {@code java.util.Random}/{@code SplittableRandom} do not promise their algorithms (notably the Gaussian)
 * across releases. Both algorithms here are fully specified by integer arithmetic.
 *
 * <ul>
 *   <li>SplitMix64 (Steele, Lea &amp; Flood 2014): {@code z = (x += 0x9E3779B97F4A7C15)};
 *       {@code z = (z ^ z>>>30) * 0xBF58476D1CE4E5B9}; {@code z = (z ^ z>>>27) * 0x94D049BB133111EB};
 *       {@code return z ^ z>>>31}.</li>
 *   <li>xoshiro256** (Blackman &amp; Vigna 2018, "Scrambled linear pseudorandom number generators"):
 *       output {@code rotl(s1 * 5, 7) * 9}, then the xoshiro256 state transition.</li>
 *   <li>Stream {@code k} of seed {@code s}: a SplitMix64 whose state starts at
 *       {@code mix(s) ^ mix(k ^ 0xD1B54A32D192ED03)} ({@code mix} = the SplitMix64 output function
 *       applied to its argument) yields the four state words. Distinct (seed, stream) pairs therefore
 *       give unrelated sequences.</li>
 *   <li>{@link #nextDouble()} = {@code (nextLong() >>> 11) * 2^-53}, uniform on [0, 1).</li>
 * </ul>
 *
 * <p>Not thread-safe; one instance per stream.
 */
public final class Xoshiro256StarStar {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
  private static final long STREAM_SALT = 0xD1B54A32D192ED03L;
  private static final double DOUBLE_UNIT = 0x1.0p-53;

  private long s0;
  private long s1;
  private long s2;
  private long s3;

  private Xoshiro256StarStar(long s0, long s1, long s2, long s3) {
    if ((s0 | s1 | s2 | s3) == 0L) {
      throw new IllegalArgumentException("xoshiro256** state must not be all zero");
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
  }

  /** A generator whose four state words are the next four outputs of SplitMix64 started at {@code seed}. */
  public static Xoshiro256StarStar seededBySplitMix(long seed) {
    long[] x = {seed};
    return new Xoshiro256StarStar(splitMixNext(x), splitMixNext(x), splitMixNext(x), splitMixNext(x));
  }

  /** Stream number {@code stream} of {@code seed} (see the class comment for the derivation). */
  public static Xoshiro256StarStar forStream(long seed, long stream) {
    return seededBySplitMix(mix(seed) ^ mix(stream ^ STREAM_SALT));
  }

  /** A generator with an explicit state (for tests against the reference implementation). */
  static Xoshiro256StarStar ofState(long s0, long s1, long s2, long s3) {
    return new Xoshiro256StarStar(s0, s1, s2, s3);
  }

  /** Advances a SplitMix64 state held in {@code state[0]} and returns its next output. */
  static long splitMixNext(long[] state) {
    state[0] += GOLDEN_GAMMA;
    return mix(state[0]);
  }

  /** The SplitMix64 output function (a bijective 64-bit finaliser). */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  public long nextLong() {
    long result = Long.rotateLeft(s1 * 5, 7) * 9;
    long t = s1 << 17;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = Long.rotateLeft(s3, 45);
    return result;
  }

  /** Uniform on [0, 1) with 53 random bits. */
  public double nextDouble() {
    return (nextLong() >>> 11) * DOUBLE_UNIT;
  }

  /**
   * Uniform integer on [0, bound) by Lemire's multiply-and-reject method (unbiased).
   *
   * @throws IllegalArgumentException if {@code bound <= 0}
   */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    long r = nextLong() >>> 32;
    long m = r * bound;
    long low = m & 0xFFFFFFFFL;
    if (low < bound) {
      long threshold = (0x100000000L - bound) % bound;
      while (low < threshold) {
        r = nextLong() >>> 32;
        m = r * bound;
        low = m & 0xFFFFFFFFL;
      }
    }
    return (int) (m >>> 32);
  }
}
