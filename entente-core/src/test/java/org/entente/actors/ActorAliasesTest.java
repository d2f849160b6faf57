package org.entente.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.ingest.Document;
import org.entente.store.ActorCount;
import org.entente.store.EventStore;
import org.entente.store.Stores;
import org.entente.testing.TestCoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The actors listing shows the name forms a person was mentioned by. Our own invented report. */
class ActorAliasesTest {

  @TempDir
  Path dir;

  @Test
  void aPersonIsListedWithTheOtherNameFormsOfItsMentions() {
    String text = "Chinese Foreign Minister Wang Yi met Pakistani Foreign Minister Ishaq Dar in Islamabad on Monday.\n"
        + "Wang praised Pakistan for its support.\n"
        + "Mr. Dar thanked China for its help.\n"
        + "A Chinese embassy spokesman welcomed the talks.";
    Document doc = new Document("alias-1", text, LocalDate.of(2025, 3, 4), "Talks", null, "test", "test");
    try (EventStore store = Stores.open(dir.resolve("aliases.duckdb").toString())) {
      store.write(List.of(TestCoder.coder().code(doc)));
      List<ActorCount> wang = store.actorCounts("wang");
      assertThat(wang).singleElement().satisfies(a -> {
        assertThat(a.name()).isEqualTo("Wang Yi");
        assertThat(a.aliases()).containsExactly("Wang");
      });
      // "Dar" is the bare last word of the name the listing shows: no alias
      assertThat(store.actorCounts("ishaq")).singleElement()
          .satisfies(a -> assertThat(a.aliases()).isEmpty());
      // other kinds, and persons known only by a title, have no name forms
      assertThat(store.actorCounts(null)).filteredOn(a -> !a.name().startsWith("Wang"))
          .allSatisfy(a -> assertThat(a.aliases()).isEmpty());
    }
  }
}
