package org.entente;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed once, on first use, by whichever thread asks first; every later call returns it. A failure is
 * not remembered: the next call tries again and fails with the same clear exception. Thread-safe.
 */
public final class Lazy<T> implements Supplier<T> {

  private final Supplier<T> compute;
  private volatile T value;

  private Lazy(Supplier<T> compute) {
    this.compute = Objects.requireNonNull(compute, "compute");
  }

  public static <T> Lazy<T> of(Supplier<T> compute) {
    return new Lazy<>(compute);
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = Objects.requireNonNull(compute.get(), "lazy value");
          value = v;
        }
      }
    }
    return v;
  }
}
