package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.store.Fixtures.allEvents;
import static org.entente.store.Fixtures.coded;
import static org.entente.store.Fixtures.many;
import static org.entente.store.Fixtures.skipped;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.entente.store.Jvm.awaitLine;
import static org.entente.store.Jvm.java;

import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.CodedDocument;
import org.entente.EntenteException;
import org.entente.Problem;
import org.entente.actors.Actor;
import org.entente.actors.Place;
import org.entente.events.Event;
import org.entente.events.EventJson;
import org.entente.ingest.Document;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventStore} does, whatever the engine: each test here runs on DuckDB
 * ({@link DuckDbEventStoreTest}) and on PostgreSQL ({@link PostgresEventStoreTest}). A subclass names a fresh,
 * empty database per test; its own tests cover what only its engine does.
 */
abstract class EventStoreContract {

  static final Instant NOW = Instant.parse("2025-09-10T12:34:56.789Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final LocalDateTime NOW_UTC = LocalDateTime.of(2025, 9, 10, 12, 34, 56, 789_000_000);

  /** The {@code --db} value of this test's database: empty when the test starts, the same on every call. */
  protected abstract String spec();

  /** A store on this test's database, with {@link #CLOCK}. */
  protected EventStore newStore() {
    return Stores.open(spec(), CLOCK);
  }

  /** The store that {@link #newStore()} gave, opened again after it was closed. */
  protected EventStore reopen() {
    return Stores.open(spec(), CLOCK);
  }

  /**
   * Rows of a query through the store's own read connections, each as a list of column values; dates, times
   * and JSON come back as {@link LocalDate}, {@link LocalDateTime} and {@link String} whatever the driver's types.
   */
  static List<List<Object>> query(EventStore store, String sql) {
    return store.read("test rows", c -> {
      List<List<Object>> rows = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
        int n = r.getMetaData().getColumnCount();
        while (r.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= n; i++) {
            Object v = r.getObject(i);
            if (v instanceof Timestamp) {
              v = r.getObject(i, LocalDateTime.class);
            } else if (v instanceof java.sql.Date) {
              v = r.getObject(i, LocalDate.class);
            } else if (v != null && r.getMetaData().getColumnTypeName(i).toLowerCase(Locale.ROOT).contains("json")) {
              v = r.getString(i);
            }
            row.add(v);
          }
          rows.add(row);
        }
      }
      return rows;
    });
  }

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
        assertThat(m.sourceCodes()).isNotBlank();
      });
      assertThat(store.eventCount()).isEqualTo(3);
      // the same view through the query front door, filtered and paged, on both engines
      var analyst = org.entente.query.Analyst.over(store, null);
      var rejects = analyst.merged(filter("type", "REJECT"), 10, null);
      assertThat(rejects.items()).singleElement().satisfies(m -> assertThat(m.numSources()).isEqualTo(2));
      assertThat(rejects.total()).isEqualTo(1);
      assertThat(rejects.next()).isNull();
      assertThat(analyst.merged(filter("type", "CONSULT"), 10, null).items()).isEmpty();
      assertThat(analyst.merged(filter("from", "1957-01-01"), 10, null).total()).isZero();
    }
  }

  @Test
  void fullTextSearchNarrowsTheQueriesOnEitherEngine() {
    try (EventStore store = newStore(); var index = org.entente.query.EvidenceIndex.inMemory()) {
      store.write(List.of(coded("doc-q1"), coded("doc-q2")));
      index.sync(store);
      var analyst = org.entente.query.Analyst.over(store, index);
      var page = analyst.events(filter("q", "accord"), org.entente.query.Analyst.Sort.DATE_DESC, 50, null);
      assertThat(page.items()).extracting(Event::type).containsOnly("REJECT");
      assertThat(page.total()).isEqualTo(2);
      assertThat(analyst.timeline(filter("q", "accord"), org.entente.query.Timeline.Interval.MONTH).buckets())
          .singleElement().satisfies(b -> assertThat(b.total()).isEqualTo(2));
      assertThat(analyst.events(filter("q", "zeppelin"), org.entente.query.Analyst.Sort.DATE_DESC, 50, null)
          .items()).isEmpty();
    }
  }

  private static org.entente.query.EventFilter filter(String name, String value) {
    return org.entente.query.EventFilter.parse(java.util.Map.of(name, List.of(value)), java.util.Set.of());
  }

  private static Event asserted(Event e) {
    return new Event(e.eventId(), e.docId(), e.type(), e.mode(), e.cameo(), e.goldstein(), e.quadClass(),
        e.source(), e.target(), e.symmetric(), e.date(), e.dateText(), e.location(), e.sectors(),
        Event.Modality.ASSERTED, e.confidence(), e.evidence(), e.mentions());
  }

  @Test
  void theFlattenedColumnsAgreeWithTheRecord() {
    try (EventStore store = newStore()) {
      store.write(List.of(coded("doc-a")));

      assertThat(query(store, "SELECT version FROM schema_version")).containsExactly(List.of(1));
      List<List<Object>> events = query(store, "SELECT event_id, type, mode, cameo, goldstein, quad_class, "
          + "\"symmetric\", \"date\", date_day, date_text, modality, confidence, sentence, trigger_start, "
          + "trigger_end, location_name, location_country, location_region, sectors FROM events ORDER BY event_id");
      int trigger = Fixtures.TEXT.indexOf("arrived in");
      assertThat(events.get(0)).containsExactly("doc-a-01", "CONSULT", "visit", "042", 1.9, 1, false, "XXXX-09",
          null, "in September", "asserted", 0.875, 0, trigger, trigger + "arrived in".length(), "Nepal", "NPL",
          null, "education");
      assertThat(events.get(1)).element(7).isNull(); // no date
      assertThat(events.get(1)).element(18).isEqualTo("health,agriculture");
      assertThat(events.get(1)).element(6).isEqualTo(true);
      assertThat(events.get(2)).element(8).isEqualTo(LocalDate.of(1956, 7, 5));
      assertThat(events.get(2)).element(18).isEqualTo("");

      assertThat(query(store, "SELECT record FROM events WHERE event_id = 'doc-a-02'").get(0).get(0))
          .as("the record as written, byte for byte").isEqualTo(EventJson.toLine(Fixtures.talks("doc-a")));
      // the JSON operators the query package may use, in the spelling both engines read
      assertThat(query(store, "SELECT record->'location'->>'name' FROM events WHERE event_id = 'doc-a-02'"))
          .containsExactly(List.of("Kathmandu"));

      assertThat(query(store, "SELECT side, pos, name, kind, country, region, sector, role, code, text, "
          + "start_offset, end_offset FROM event_actors WHERE event_id = 'doc-a-01' ORDER BY side, pos"))
          .containsExactly(
              List.of("source", 0, "Batu Khasikov", "PERSON", "RUS", "RU-KL", "GOV",
                  "Head of the Republic of Kalmykia", "RUSGOV", "Mr. Khasikov", 0, 12),
              Arrays.asList("target", 0, "Nepal", "COUNTRY", "NPL", null, null, null, "NPL", "Nepal", 24, 29));
      assertThat(query(store, "SELECT COUNT(*) FROM event_actors")).containsExactly(List.of(5L));

      assertThat(query(store, "SELECT doc_id, title, url, source, doc_date, origin, sentences, tokens, coded_at, "
          + "CAST(LENGTH(text) AS BIGINT), CAST(doc_date AS VARCHAR), CAST(coded_at AS VARCHAR) FROM documents"))
          .containsExactly(List.of("doc-a", "Khasikov in Nepal", "https://example.org/doc-a", "Example News",
              LocalDate.of(2025, 9, 3), "samples/doc-a.txt", 4, 50, NOW_UTC, (long) Fixtures.TEXT.length(),
              "2025-09-03", "2025-09-10 12:34:56.789"));
    }
  }

  @Test
  void problemsCarryTheTimeOfWriting() {
    try (EventStore store = newStore()) {
      store.write(List.of(Fixtures.skipped("doc-x", "empty body")));

      assertThat(query(store, "SELECT doc_id, stage, reason, \"at\" FROM problems"))
          .containsExactly(List.of("doc-x", "ingest", "empty body", NOW_UTC));
    }
  }

  /** Every character that a bulk format could take for a separator, an escape, a quote or NULL. */
  static final String AWKWARD = "tab\there, \"double\" 'single' back\\slash \\N \\. \\t;\r\nCRLF\nLF\u00e9\u4e2d\ud83c\udf89 |\\";

  @Test
  void awkwardTextSurvivesTheBulkLoaderAndEmptyIsNotNull() {
    String text = Fixtures.TEXT + "\n" + AWKWARD + "\n\\.\n";
    Document doc = new Document("doc-\\N", text, null, AWKWARD, "", "\\N", "origin\t" + AWKWARD);
    Event visit = Fixtures.visit("doc-\\N");
    Actor role = Fixtures.actor("Mr. Khasikov", 0, "Batu \"Khasikov\"\t", Actor.Kind.PERSON, "RUS", "RU-KL",
        "GOV", AWKWARD);
    Event awkward = new Event(visit.eventId(), visit.docId(), visit.type(), visit.mode(), visit.cameo(),
        visit.goldstein(), visit.quadClass(), List.of(role), visit.target(), visit.symmetric(), visit.date(), AWKWARD,
        new Place(AWKWARD, "", "CITY", "NPL", null, null, null), List.of("a\tb", "c\\d"), visit.modality(),
        visit.confidence(), visit.evidence(), null);
    try (EventStore store = newStore()) {
      store.write(List.of(new CodedDocument(doc, List.of(awkward), 5, 60, java.util.Map.of(),
          List.of(new Problem(doc.id(), "nlp", AWKWARD)), List.of())));

      assertThat(store.events(null)).containsExactly(awkward);
      assertThat(store.problems()).containsExactly(new Problem(doc.id(), "nlp", AWKWARD));
      assertThat(store.actorCounts("khasikov\"")).singleElement().satisfies(a -> {
        assertThat(a.name()).isEqualTo("Batu \"Khasikov\"\t");
        assertThat(a.roles()).singleElement().asString().startsWith(AWKWARD);
      });
      assertThat(query(store, "SELECT doc_id, title, url, source, origin, text, doc_date FROM documents"))
          .containsExactly(Arrays.asList(doc.id(), AWKWARD, "", "\\N", doc.origin(), text, null));
      assertThat(query(store, "SELECT date_text, location_name, location_region, sectors FROM events"))
          .containsExactly(Arrays.asList(AWKWARD, "", null, "a\tb,c\\d"));
      assertThat(query(store, "SELECT role, name FROM event_actors WHERE side = 'source'"))
          .containsExactly(List.of(AWKWARD, "Batu \"Khasikov\"\t"));
    }
  }

  @Test
  void aSkippedBinaryDocumentIsStoredWithItsLength() {
    String binary = "PK\u0003\u0004\u0000\u0000 zip bytes \u0000\u0001\u0002";
    Document doc = new Document("doc-bin", binary, null, null, null, null, "samples/doc-bin.zip");
    try (EventStore store = newStore()) {
      store.write(List.of(CodedDocument.skipped(doc, new Problem("doc-bin", "ingest", "not text (binary)"),
          java.util.Map.of())));

      assertThat(store.problems()).extracting(Problem::reason).containsExactly("not text (binary)");
      // PostgreSQL text cannot hold NUL: it becomes U+FFFD there, one character for one, so offsets hold
      assertThat(query(store, "SELECT CAST(LENGTH(text) AS BIGINT) FROM documents"))
          .containsExactly(List.of((long) binary.length()));
    }
  }

  @Test
  void aWriterKilledMidBatchLeavesOnlyWholeBatches() throws Exception {
    int docs = 300;
    Process writer = java(CrashingWriter.class, spec(), String.valueOf(docs));
    try {
      awaitLine(writer, "BATCH 3");
    } finally {
      writer.destroyForcibly().waitFor(); // SIGKILL: no close, no checkpoint, most likely inside batch 4 or 5
    }

    try (EventStore store = reopen()) {
      long documents = store.documentCount();
      assertThat(documents).isPositive().isEqualTo(documents / docs * docs);
      assertThat(store.eventCount()).isEqualTo(3 * documents);
      assertThat(store.events(null).stream().collect(groupingBy(Event::docId, counting())).values())
          .as("every document has all its events").containsOnly(3L);
      store.write(List.of(coded("after-the-crash")));
      assertThat(store.eventCount()).isEqualTo(3 * documents + 3);
    }
  }
}
