package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.store.Fixtures.allEvents;
import static org.entente.store.Fixtures.coded;
import static org.entente.store.Fixtures.many;
import static org.entente.store.Fixtures.skipped;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.CodedDocument;
import org.entente.EntenteException;
import org.entente.Problem;
import org.entente.actors.Actor;
import org.entente.events.Event;
import org.entente.events.EventJson;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventStore} does, whatever the engine. A subclass gives a fresh store per test and a way
 * to open the same store again.
 */
abstract class EventStoreContract {

  static final Instant NOW = Instant.parse("2025-09-10T12:34:56.789Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  /** A new, empty store for this test, with {@link #CLOCK}. */
  protected abstract EventStore newStore();

  /** The store that {@link #newStore()} gave, opened again after it was closed. */
  protected abstract EventStore reopen();

  @Test
  void eventsComeBackWithEveryFieldOfTheContract() {
    List<Event> written = allEvents("doc-a");
    try (EventStore store = newStore()) {
      store.write(List.of(coded("doc-a", written)));

      List<Event> read = store.events("doc-a");

      assertThat(read).containsExactlyElementsOf(written);
      assertThat(read).extracting(EventJson::toLine)
          .containsExactlyElementsOf(written.stream().map(EventJson::toLine).toList());
      Event talks = read.get(1);
      assertThat(talks.mentions()).hasSize(2);
      assertThat(talks.date()).isNull();
      assertThat(talks.target()).isEmpty();
      assertThat(read.get(0).date()).isEqualTo("XXXX-09");
      assertThat(read.get(0).source().get(0).region()).isEqualTo("RU-KL");
      assertThat(read.get(0).location().lat()).isEqualTo(28.3949);
      assertThat(store.events(null)).containsExactlyElementsOf(written);
      assertThat(store.events("no-such-doc")).isEmpty();
    }
  }

  @Test
  void eventsAreOrderedByDocumentSentenceAndTrigger() {
    try (EventStore store = newStore()) {
      List<Event> b = allEvents("doc-b");
      List<Event> a = allEvents("doc-a");
      store.write(List.of(coded("doc-b", List.of(b.get(2), b.get(0), b.get(1))),
          coded("doc-a", List.of(a.get(1), a.get(2), a.get(0)))));

      List<Event> all = store.events(null);

      assertThat(all).extracting(Event::eventId)
          .containsExactly("doc-a-01", "doc-a-02", "doc-a-03", "doc-b-01", "doc-b-02", "doc-b-03");
    }
  }

  @Test
  void rewritingADocumentReplacesItsEventsInsteadOfAddingThem() {
    try (EventStore store = newStore()) {
      store.write(List.of(coded("doc-a"), coded("doc-b")));
      store.write(List.of(coded("doc-a"), coded("doc-b")));

      assertThat(store.eventCount()).isEqualTo(6);
      assertThat(store.documentCount()).isEqualTo(2);

      List<Event> recoded = List.of(Fixtures.talks("doc-a"));
      store.write(List.of(coded("doc-a", recoded)));

      assertThat(store.events("doc-a")).containsExactlyElementsOf(recoded);
      assertThat(store.events("doc-b")).hasSize(3);
      assertThat(store.eventCount()).isEqualTo(4);
      assertThat(store.documentCount()).isEqualTo(2);
      assertThat(store.actorCounts("khasikov")).extracting(ActorCount::events).containsExactly(1L);
    }
  }

  @Test
  void aDocumentTwiceInOneBatchKeepsTheLastCoding() {
    try (EventStore store = newStore()) {
      store.write(List.of(coded("doc-a"), coded("doc-a", List.of(Fixtures.refusal("doc-a")))));

      assertThat(store.events(null)).extracting(Event::eventId).containsExactly("doc-a-03");
      assertThat(store.documentCount()).isEqualTo(1);
    }
  }

  @Test
  void documentsWithProblemsAreRecordedAndListed() {
    try (EventStore store = newStore()) {
      store.write(List.of(coded("doc-a"), skipped("doc-empty", "empty body"),
          skipped("doc-fr", "not English (fra)")));

      assertThat(store.documentCount()).isEqualTo(3);
      assertThat(store.eventCount()).isEqualTo(3);
      assertThat(store.problems()).containsExactly(
          new Problem("doc-empty", "ingest", "empty body"), new Problem("doc-fr", "ingest", "not English (fra)"));

      store.write(List.of(coded("doc-empty")));

      assertThat(store.problems()).containsExactly(new Problem("doc-fr", "ingest", "not English (fra)"));
      assertThat(store.eventCount()).isEqualTo(6);
    }
  }

  @Test
  void actorCountsGroupActorsWithTheirRolesAndEvents() {
    try (EventStore store = newStore()) {
      store.write(List.of(coded("doc-a"), coded("doc-b"), coded("doc-c", List.of(Fixtures.visit("doc-c")))));

      List<ActorCount> all = store.actorCounts(null);

      // Nepal: target of each visit (3), a source of each talks (2), source of each refusal (2).
      assertThat(all).containsExactly(
          new ActorCount("Nepal", "COUNTRY", "NPL", null, null, List.of(), 7),
          new ActorCount("Batu Khasikov", "PERSON", "RUS", "RU-KL", "GOV",
              List.of("Head of the Republic of Kalmykia (2025-09-03)"), 3),
          new ActorCount("India", "COUNTRY", "IND", null, "GOV", List.of(), 2));
      assertThat(store.actorCounts("NEP")).extracting(ActorCount::name).containsExactly("Nepal");
      assertThat(store.actorCounts("batu kh")).extracting(ActorCount::events).containsExactly(3L);
      assertThat(store.actorCounts("%")).isEmpty();
      assertThat(store.actorCounts("_")).isEmpty();
    }
  }

  @Test
  void theStoreKeepsItsContentAcrossCloseAndReopen() {
    try (EventStore store = newStore()) {
      store.write(List.of(coded("doc-a"), skipped("doc-x", "binary")));
    }
    try (EventStore store = reopen()) {
      assertThat(store.events(null)).containsExactlyElementsOf(allEvents("doc-a"));
      assertThat(store.documentCount()).isEqualTo(2);
      assertThat(store.problems()).containsExactly(new Problem("doc-x", "ingest", "binary"));

      store.write(List.of(coded("doc-b")));
    }
    try (EventStore store = reopen()) {
      assertThat(store.eventCount()).isEqualTo(6);
    }
  }

  @Test
  void aFailedBatchLeavesTheStoreAsItWas() {
    try (EventStore store = newStore()) {
      store.write(List.of(coded("doc-a")));
      // doc-c reuses an event id of doc-b: the batch must fail as a whole, re-coding of doc-a included.
      Event clash = Fixtures.visit("doc-b");
      Event stolen = new Event(clash.eventId(), "doc-c", clash.type(), clash.mode(), clash.cameo(),
          clash.goldstein(), clash.quadClass(), clash.source(), clash.target(), clash.symmetric(), clash.date(),
          clash.dateText(), clash.location(), clash.sectors(), clash.modality(), clash.confidence(),
          clash.evidence(), clash.mentions());
      List<CodedDocument> batch = List.of(coded("doc-a", List.of()), coded("doc-b"), coded("doc-c", List.of(stolen)));

      assertThatThrownBy(() -> store.write(batch))
          .isInstanceOfSatisfying(EntenteException.class,
              e -> assertThat(e.kind()).isEqualTo(EntenteException.Kind.IO))
          .hasMessageContaining("cannot store a batch of 3 documents (doc-a, doc-b, doc-c)");

      assertThat(store.events(null)).containsExactlyElementsOf(allEvents("doc-a"));
      assertThat(store.documentCount()).isEqualTo(1);
      assertThat(store.actorCounts(null)).extracting(ActorCount::events).containsExactly(3L, 1L, 1L);

      store.write(List.of(coded("doc-b")));
      assertThat(store.eventCount()).isEqualTo(6);
    }
  }

  @Test
  void anEventOfAnotherDocumentIsRefusedBeforeWriting() {
    try (EventStore store = newStore()) {
      CodedDocument wrong = coded("doc-a", List.of(Fixtures.visit("doc-b")));

      assertThatThrownBy(() -> store.write(List.of(wrong)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("doc-b-01");
      assertThat(store.documentCount()).isZero();
    }
  }

  @Test
  void anEmptyBatchWritesNothing() {
    try (EventStore store = newStore()) {
      store.write(List.of());

      assertThat(store.documentCount()).isZero();
      assertThat(store.events(null)).isEmpty();
      assertThat(store.problems()).isEmpty();
      assertThat(store.actorCounts(null)).isEmpty();
    }
  }

  @Test
  void concurrentReadersSeeWholeBatchesOnly() throws Exception {
    int batches = 20;
    int docsPerBatch = 40;
    try (EventStore store = newStore()) {
      AtomicBoolean done = new AtomicBoolean();
      AtomicInteger reads = new AtomicInteger();
      List<String> torn = Collections.synchronizedList(new ArrayList<>());
      List<Thread> readers = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        Thread reader = new Thread(() -> {
          while (!done.get()) {
            long events = store.eventCount();
            long docs = store.documentCount();
            if (events % (3L * docsPerBatch) != 0 || docs % docsPerBatch != 0) {
              torn.add(events + " events, " + docs + " documents");
            }
            reads.incrementAndGet();
          }
        });
        reader.start();
        readers.add(reader);
      }
      try {
        for (int b = 0; b < batches; b++) {
          store.write(many("batch" + b, docsPerBatch));
        }
      } finally {
        done.set(true);
        for (Thread r : readers) {
          r.join();
        }
      }

      assertThat(torn).isEmpty();
      assertThat(reads.get()).isPositive();
      assertThat(store.eventCount()).isEqualTo(3L * batches * docsPerBatch);
    }
  }

  @Test
  void aClosedStoreRefusesFurtherCalls() {
    EventStore store = newStore();
    store.close();
    store.close();

    assertThatThrownBy(store::eventCount).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }

  @Test
  void aPersonNamedBySurnameInOneDocumentIsTheSamePersonAsTheFullNameInAnother() {
    Actor full = Fixtures.actor("Mr. Khasikov", 0, "Vladimir Putin", Actor.Kind.PERSON, "RUS", null, "GOV",
        "Russian President");
    Actor surname = Fixtures.actor("Mr. Khasikov", 0, "Putin", Actor.Kind.PERSON, "RUS", null, "GOV", null);
    Event a = withSource(Fixtures.visit("doc-p1"), full);
    Event b = withSource(Fixtures.refusal("doc-p2"), surname);
    try (EventStore store = newStore()) {
      store.write(List.of(coded("doc-p1", List.of(a)), coded("doc-p2", List.of(b))));
      assertThat(store.actorCounts("putin")).singleElement().satisfies(x -> {
        assertThat(x.name()).isEqualTo("Vladimir Putin");
        assertThat(x.events()).isEqualTo(2);
        assertThat(x.roles()).containsExactly("Russian President (2025-09-03)");
      });
    }
  }

  private static Event withSource(Event e, Actor source) {
    return new Event(e.eventId(), e.docId(), e.type(), e.mode(), e.cameo(), e.goldstein(), e.quadClass(),
        List.of(source), e.target(), e.symmetric(), e.date(), e.dateText(), e.location(), e.sectors(),
        e.modality(), e.confidence(), e.evidence(), e.mentions());
  }

  @Test
  void eventsOfOneDyadTypeAndDayMergeAcrossDocumentsButPartialDatesNever() {
    Event talksA = asserted(Fixtures.refusal("doc-m1"));
    Event talksB = asserted(Fixtures.refusal("doc-m2"));
    Event visit = Fixtures.visit("doc-m3"); // XXXX-09: a partial date never merges
    try (EventStore store = newStore()) {
      store.write(List.of(coded("doc-m1", List.of(talksA)), coded("doc-m2", List.of(talksB)),
          coded("doc-m3", List.of(visit))));
      assertThat(store.mergedEvents()).singleElement().satisfies(m -> {
        assertThat(m.type()).isEqualTo("REJECT");
        assertThat(m.date()).isEqualTo(java.time.LocalDate.of(1956, 7, 5));
        assertThat(m.sourceNames()).isEqualTo("Nepal");
        assertThat(m.numEvents()).isEqualTo(2);
        assertThat(m.numSources()).isEqualTo(2);
        assertThat(m.firstEventId()).isEqualTo("doc-m1-03");
      });
      assertThat(store.eventCount()).isEqualTo(3);
    }
  }

  private static Event asserted(Event e) {
    return new Event(e.eventId(), e.docId(), e.type(), e.mode(), e.cameo(), e.goldstein(), e.quadClass(),
        e.source(), e.target(), e.symmetric(), e.date(), e.dateText(), e.location(), e.sectors(),
        Event.Modality.ASSERTED, e.confidence(), e.evidence(), e.mentions());
  }
}
