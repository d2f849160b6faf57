package org.entente.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.EntenteException;
import org.entente.events.Event;
import org.entente.store.EventStore;
import org.entente.store.Stores;
import org.entente.testing.TestCoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analyst's questions, asked of the three sample articles as coded and stored for real. */
class AnalystTest {

  static EventStore store;
  static EvidenceIndex index;
  static Analyst analyst;

  @BeforeAll
  static void store() {
    store = Stores.open(":memory:");
    store.write(TestCoder.samples());
    index = EvidenceIndex.inMemory();
    assertThat(index.sync(store)).isEqualTo(3);
    analyst = Analyst.over(store, index);
  }

  @AfterAll
  static void close() {
    index.close();
    store.close();
  }

  static EventFilter filter(String... nameValues) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      params.put(nameValues[i], List.of(nameValues[i + 1]));
    }
    return EventFilter.parse(params, Set.of());
  }

  static List<Event> all(EventFilter f) {
    return analyst.events(f, Analyst.Sort.DATE_DESC, Analyst.MAX_LIMIT, null).items();
  }

  @Test
  void aFullTextSearchFindsTheInvitationToTheSummitInElista() {
    List<Event> found = all(filter("q", "invitation"));
    assertThat(found).isNotEmpty()
        .anySatisfy(e -> assertThat(e.evidence().text()).contains("Elista"));
    assertThat(all(filter("q", "invited"))).as("stemmed: invited finds invitation").isNotEmpty();
    assertThat(all(filter("q", "zeppelin"))).isEmpty();
  }

  @Test
  void aDyadIsEitherWayRoundUnlessDirected() {
    List<Event> either = all(filter("a", "NPL", "b", "RUS"));
    assertThat(either).extracting(Event::cameo).contains("042", "040");
    List<Event> directed = all(filter("a", "NPL", "b", "RUS", "directed", "true"));
    List<Event> reversed = all(filter("a", "RUS", "b", "NPL", "directed", "true"));
    assertThat(directed).noneMatch(e -> e.cameo().equals("042"));
    assertThat(reversed).anyMatch(e -> e.cameo().equals("042"));
    assertThat(all(filter("a", "RU-KL", "b", "NPL"))).as("a region as a party").isNotEmpty();
  }

  @Test
  void anActorIsFoundByNameCodeOrCountry() {
    assertThat(all(filter("actor", "batu khasikov"))).hasSizeGreaterThanOrEqualTo(5);
    assertThat(all(filter("actor", "INDGOV"))).isNotEmpty()
        .allSatisfy(e -> assertThat(e.source().stream().anyMatch(a -> "INDGOV".equals(a.code()))
            || e.target().stream().anyMatch(a -> "INDGOV".equals(a.code()))).isTrue());
    assertThat(all(filter("country", "SUN"))).extracting(Event::date).contains("1956-07-05");
  }

  @Test
  void typeCameoQuadSectorAndModalityFiltersNarrowTheList() {
    assertThat(all(filter("type", "consult,agree"))).isNotEmpty()
        .allSatisfy(e -> assertThat(e.type()).isIn("CONSULT", "AGREE"));
    assertThat(all(filter("cameo", "04"))).allSatisfy(e -> assertThat(e.cameo()).startsWith("04"));
    assertThat(all(filter("quad", "1"))).allSatisfy(e -> assertThat(e.quadClass()).isEqualTo(1));
    assertThat(all(filter("sector", "aviation"))).isNotEmpty()
        .allSatisfy(e -> assertThat(e.sectors()).contains("aviation"));
    assertThat(all(filter("modality", "negated"))).isEmpty();
  }

  @Test
  void aDateRangeLeavesUndatedAndPartialDatesOut() {
    List<Event> ranged = all(filter("from", "1950-01-01", "to", "2030-12-31"));
    assertThat(ranged).extracting(Event::date).containsOnly("1956-07-05");
    List<Event> undated = all(filter("undated", "true"));
    assertThat(undated).extracting(Event::date).contains((String) null, "XXXX-09").doesNotContain("1956-07-05");
    assertThat(analyst.stats().undated()).isEqualTo(undated.size());
  }

  @Test
  void pagesWithTheCursorReturnEveryEventExactlyOnceInEachOrder() {
    long total = store.eventCount();
    for (Analyst.Sort sort : Analyst.Sort.values()) {
      List<String> seen = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        Page<Event> page = analyst.events(EventFilter.ALL, sort, 3, cursor);
        assertThat(page.total()).isEqualTo(total);
        page.items().forEach(e -> seen.add(e.eventId()));
        cursor = page.next();
        pages++;
      } while (cursor != null && pages < 100);
      assertThat(seen).as(sort.name()).hasSize((int) total).doesNotHaveDuplicates();
    }
    List<Event> newest = analyst.events(EventFilter.ALL, Analyst.Sort.DATE_DESC, 1, null).items();
    assertThat(newest.get(0).date()).isEqualTo("1956-07-05");
  }

  @Test
  void theTimelineBucketsFullDaysAndCountsTheRestAsUndated() {
    Timeline t = analyst.timeline(filter("a", "NPL", "b", "SUN"), Timeline.Interval.MONTH);
    assertThat(t.buckets()).hasSize(1);
    Timeline.Bucket b = t.buckets().get(0);
    assertThat(b.period()).isEqualTo("1956-07");
    assertThat(b.start()).isEqualTo(LocalDate.of(1956, 7, 1));
    assertThat(b.end()).isEqualTo(LocalDate.of(1956, 7, 31));
    assertThat(b.counts()).containsEntry("SUPPORT", 1L);
    assertThat(b.goldsteinMean()).isNotNull();
    assertThat(t.undated()).isPositive();

    Timeline week = analyst.timeline(filter("a", "NPL", "b", "SUN"), Timeline.Interval.WEEK);
    assertThat(week.buckets().get(0).period()).isEqualTo("1956-W27");
    assertThat(week.buckets().get(0).start()).isEqualTo(LocalDate.of(1956, 7, 2));

    Timeline nepalRussia = analyst.timeline(filter("a", "NPL", "b", "RUS"), Timeline.Interval.MONTH);
    assertThat(nepalRussia.buckets()).as("the samples carry no document date").isEmpty();
    assertThat(nepalRussia.undated()).isEqualTo(all(filter("a", "NPL", "b", "RUS", "undated", "true")).size());
  }

  @Test
  void anActorProfileHasRolesCounterpartsAliasesAndLatestEvents() {
    ActorProfile p = analyst.actor("batu khasikov").orElseThrow();
    assertThat(p.actor().name()).isEqualTo("Batu Khasikov");
    assertThat(p.actor().kind()).isEqualTo("PERSON");
    assertThat(p.actor().country()).isEqualTo("RUS");
    assertThat(p.actor().region()).isEqualTo("RU-KL");
    assertThat(p.actor().roles()).extracting(ActorSummary.Role::role)
        .contains("Head of the Republic of Kalmykia");
    assertThat(p.actor().aliases()).contains("Mr. Khasikov", "the Head of Kalmykia")
        .doesNotContain("the participants");
    assertThat(p.countsByType()).containsKeys("CONSULT", "AGREE");
    assertThat(p.counterparts()).extracting(ActorProfile.Counterpart::name).contains("K.P. Sharma Oli", "Nepal");
    assertThat(p.latest()).hasSize((int) p.actor().events());
    assertThat(analyst.actor("Nobody At All")).isEmpty();
    assertThat(analyst.actors("khasi", 10)).extracting(ActorSummary::name).containsExactly("Batu Khasikov");
    // the whole list is summarised in one batch: each actor has its own kind, country, roles and names
    List<ActorSummary> all = analyst.actors(null, 20);
    assertThat(all).hasSizeGreaterThan(5).allSatisfy(a -> assertThat(a.kind()).isNotEqualTo("UNKNOWN"));
    assertThat(all).filteredOn(a -> a.name().equals("Batu Khasikov")).singleElement()
        .satisfies(a -> assertThat(a.aliases()).containsAll(p.actor().aliases()));
    assertThat(all).filteredOn(a -> a.name().equals("Narendra Modi")).singleElement()
        .satisfies(a -> assertThat(a.country()).isEqualTo("IND"));
  }

  @Test
  void theNetworkJoinsActorsThatShareEvents() {
    Network n = analyst.network(EventFilter.ALL, Network.Level.ACTOR, 1, 200);
    assertThat(n.nodes()).extracting(Network.Node::id).contains("Batu Khasikov", "K.P. Sharma Oli");
    assertThat(n.edges()).anySatisfy(e -> {
      assertThat(Set.of(e.source(), e.target())).containsExactlyInAnyOrder("Batu Khasikov", "K.P. Sharma Oli");
      assertThat(e.weight()).isGreaterThanOrEqualTo(2);
    });
    Set<String> ids = new HashSet<>();
    n.nodes().forEach(x -> ids.add(x.id()));
    assertThat(n.edges()).allSatisfy(e -> assertThat(ids).contains(e.source(), e.target()));

    Network countries = analyst.network(EventFilter.ALL, Network.Level.COUNTRY, 1, 200);
    assertThat(countries.edges()).anySatisfy(e ->
        assertThat(Set.of(e.source(), e.target())).containsExactlyInAnyOrder("NPL", "RUS"));
    assertThat(analyst.network(EventFilter.ALL, Network.Level.ACTOR, 1, 2).nodes()).hasSize(2);
  }

  @Test
  void aDocumentViewMarksTriggersAndActorsInItsOwnText() {
    DocumentView d = analyst.document("000_a2eaf43d6bfa487a").orElseThrow();
    assertThat(d.events()).isNotEmpty();
    assertThat(d.marks()).anySatisfy(m -> {
      assertThat(m.kind()).isEqualTo("actor");
      assertThat(d.text().substring(m.start(), m.end())).contains("Khasikov");
    });
    for (DocumentView.Mark m : d.marks()) {
      assertThat(m.end()).isLessThanOrEqualTo(d.text().length());
    }
    Event visit = d.events().get(0);
    assertThat(d.text().substring(visit.evidence().triggerSpan().start(), visit.evidence().triggerSpan().end()))
        .isEqualTo(visit.evidence().trigger());
    assertThat(analyst.document("no-such-doc")).isEmpty();
    Page<DocumentView.Summary> first = analyst.documents(2, null);
    assertThat(first.items()).hasSize(2);
    assertThat(analyst.documents(2, first.next()).items()).hasSize(1);
    assertThat(analyst.event(visit.eventId()).orElseThrow().document().docId()).isEqualTo("000_a2eaf43d6bfa487a");
  }

  @Test
  void exportStreamsEveryMatchingEventInTextOrder() {
    List<String> ids = new ArrayList<>();
    analyst.forEachEvent(filter("doc", "002_7f6ce2ca5d0f54be"), e -> ids.add(e.eventId()));
    assertThat(ids).hasSize((int) store.events("002_7f6ce2ca5d0f54be").size())
        .isEqualTo(store.events("002_7f6ce2ca5d0f54be").stream().map(Event::eventId).toList());
  }

  @Test
  void badParametersAreUsageErrorsThatNameTheParameter() {
    assertUsage(() -> filter("frm", "2020-01-01"), "'frm'");
    assertUsage(() -> filter("from", "2020-13-01"), "'from'");
    assertUsage(() -> filter("quad", "7"), "'quad'");
    assertUsage(() -> filter("type", "HUG"), "'type'");
    assertUsage(() -> filter("b", "RUS"), "'b'");
    assertUsage(() -> filter("country", "Russia"), "'country'");
    assertUsage(() -> all(filter("q", "AND OR (")), "'q'");
    assertUsage(() -> analyst.events(EventFilter.ALL, Analyst.Sort.DATE_DESC, 10, "not-a-cursor!"), "'cursor'");
    assertUsage(() -> analyst.events(EventFilter.ALL, Analyst.Sort.DATE_DESC, 0, null), "'limit'");
    String dateCursor = analyst.events(EventFilter.ALL, Analyst.Sort.DATE_DESC, 1, null).next();
    assertUsage(() -> analyst.events(EventFilter.ALL, Analyst.Sort.CONFIDENCE_DESC, 1, dateCursor), "'cursor'");
    assertUsage(() -> Analyst.Sort.parse("size"), "'sort'");
    assertUsage(() -> Analyst.over(store, null).events(filter("q", "visit"), Analyst.Sort.DATE_DESC, 5, null),
        "'q'");
  }

  private static void assertUsage(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String named) {
    assertThatThrownBy(call).isInstanceOf(EntenteException.class)
        .extracting(x -> ((EntenteException) x).kind()).isEqualTo(EntenteException.Kind.USAGE);
    if (named != null) {
      assertThatThrownBy(call).hasMessageContaining(named);
    }
  }
}
