package org.entente.store;

/**
 * Test helper run in a second JVM: writes batches of {@code args[1]} documents to the store at {@code args[0]}
 * without end, printing {@code BATCH n} after each commit, until it is killed.
 */
public final class CrashingWriter {

  private CrashingWriter() {}

  public static void main(String[] args) {
    int docs = Integer.parseInt(args[1]);
    try (EventStore store = Stores.open(args[0])) {
      long deadline = System.currentTimeMillis() + 60_000; // never outlive a crashed test
      for (int b = 0; System.currentTimeMillis() < deadline; b++) {
        // every other batch re-codes the previous one's documents: deletes and appends in one transaction
        store.write(Fixtures.many("batch" + (b - b % 2), docs));
        System.out.println("BATCH " + b);
        System.out.flush();
      }
    }
  }
}
