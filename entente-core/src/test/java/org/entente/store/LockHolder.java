package org.entente.store;

/**
 * Test helper run in a second JVM: opens the store at {@code args[0]}, prints {@code READY}, and holds it until
 * its standard input closes (or a minute passes, so that it never outlives a crashed test).
 */
public final class LockHolder {

  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (EventStore store = Stores.open(args[0])) {
      System.out.println("READY " + store.documentCount());
      System.out.flush();
      Thread watchdog = new Thread(() -> {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException ignored) {
          return;
        }
        System.exit(2);
      });
      watchdog.setDaemon(true);
      watchdog.start();
      while (System.in.read() >= 0) {
        // hold the lock until the parent closes our input
      }
    }
  }
}
