package org.netinnov.clean;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs a {@link CsvTokenizer} (decoding and splitting) on a background thread and replays its records to a
 * {@link CsvTokenizer.Sink} on the calling thread (number parsing and column building), so that on two cores the two
 * halves of reading overlap. Records travel in chunks of a few thousand, recycled through a small pool, so memory
 * stays bounded. An exception on either side stops both and is rethrown on the calling thread.
 */
final class PipelinedTokenizer {
  private static final int RECORDS = 16384; // large batches: few hand-overs, which cost a scheduling delay each on a busy machine
  private static final int CHUNKS = 4;

  /** A batch of records: field characters back to back, field end offsets, record end field counts and lines. */
  private static final class Chunk {
    char[] chars = new char[1 << 20];
    int nChars;
    int[] fieldEnd = new int[RECORDS * 8];
    int nFields;
    final int[] recordEnd = new int[RECORDS];
    final long[] recordLine = new long[RECORDS];
    int nRecords;
    Throwable error;
    boolean last;

    void clear() {
      nChars = nFields = nRecords = 0;
    }
  }

  private PipelinedTokenizer() {}

  static void run(CsvTokenizer tok, CsvTokenizer.Sink sink) throws IOException {
    BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(CHUNKS + 1), free = new ArrayBlockingQueue<>(CHUNKS + 1);
    for (int i = 0; i < CHUNKS; i++) free.add(new Chunk());
    final boolean[] cancelled = {false};
    Thread producer = new Thread(() -> produce(tok, full, free, cancelled), "csv-tokenizer");
    producer.setDaemon(true);
    producer.start();
    try {
      while (true) {
        Chunk c = full.take();
        if (c.error != null) rethrow(c.error);
        replay(c, sink);
        boolean last = c.last;
        c.clear();
        free.add(c);
        if (last) break;
      }
      producer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading", e);
    } finally {
      synchronized (cancelled) {
        cancelled[0] = true;
      }
      free.offer(new Chunk()); // unblocks a producer waiting for a free chunk; it then sees the cancel flag
    }
  }

  private static void replay(Chunk c, CsvTokenizer.Sink sink) {
    int f = 0, start = 0;
    for (int r = 0; r < c.nRecords; r++) {
      sink.beginRecord(c.recordLine[r]);
      for (; f < c.recordEnd[r]; f++) {
        sink.field(c.chars, start, c.fieldEnd[f] - start);
        start = c.fieldEnd[f];
      }
      sink.endRecord();
    }
  }

  private static void produce(CsvTokenizer tok, BlockingQueue<Chunk> full, BlockingQueue<Chunk> free, boolean[] cancelled) {
    Chunk[] cur = new Chunk[1];
    try {
      cur[0] = free.take();
      tok.run(new CsvTokenizer.Sink() {
        @Override public void beginRecord(long line) {
          cur[0].recordLine[cur[0].nRecords] = line;
        }

        @Override public void field(char[] b, int off, int len) {
          Chunk c = cur[0];
          if (c.nChars + len > c.chars.length) c.chars = Arrays.copyOf(c.chars, Math.max(2 * c.chars.length, c.nChars + len));
          System.arraycopy(b, off, c.chars, c.nChars, len);
          c.nChars += len;
          if (c.nFields == c.fieldEnd.length) c.fieldEnd = Arrays.copyOf(c.fieldEnd, 2 * c.nFields);
          c.fieldEnd[c.nFields++] = c.nChars;
        }

        @Override public void endRecord() {
          Chunk c = cur[0];
          c.recordEnd[c.nRecords++] = c.nFields;
          if (c.nRecords == RECORDS) {
            publish(c, full, cancelled);
            cur[0] = take(free, cancelled);
          }
        }
      });
      cur[0].last = true;
      publish(cur[0], full, cancelled);
    } catch (Cancelled e) {
      // the consumer stopped (it failed or finished); nothing to hand over
    } catch (Throwable e) {
      Chunk c = cur[0] != null ? cur[0] : new Chunk();
      c.error = e;
      c.last = true;
      full.offer(c);
    }
  }

  private static final class Cancelled extends RuntimeException {
    Cancelled() { super(null, null, false, false); }
  }

  private static void publish(Chunk c, BlockingQueue<Chunk> full, boolean[] cancelled) {
    try {
      full.put(c);
    } catch (InterruptedException e) {
      throw new Cancelled();
    }
    synchronized (cancelled) {
      if (cancelled[0]) throw new Cancelled();
    }
  }

  private static Chunk take(BlockingQueue<Chunk> free, boolean[] cancelled) {
    Chunk c;
    try {
      c = free.take();
    } catch (InterruptedException e) {
      throw new Cancelled();
    }
    synchronized (cancelled) {
      if (cancelled[0]) throw new Cancelled();
    }
    c.clear();
    return c;
  }

  private static void rethrow(Throwable t) throws IOException {
    if (t instanceof IOException e) throw e;
    if (t instanceof RuntimeException e) throw e;
    if (t instanceof Error e) throw e;
    throw new IOException(t);
  }
}
