package org.entente.query;

import java.util.List;

/**
 * One page of a longer answer. Immutable.
 *
 * @param items the page, in the requested order
 * @param next  the cursor of the following page, or null on the last page
 * @param total how many items the whole answer has
 */
public record Page<T>(List<T> items, String next, long total) {
  public Page {
    items = List.copyOf(items);
  }
}
