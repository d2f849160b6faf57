package org.entente.cli;

import picocli.CommandLine.Option;

/** The {@code --threads} option every coding command shares. */
final class ThreadsOption {

  @Option(names = "--threads", description = "Coding threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();
}
