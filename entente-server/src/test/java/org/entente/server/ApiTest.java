package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.server.ApiFixture.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.events.Event;
import org.entente.events.EventJson;
import org.entente.server.ApiFixture.Answer;
import org.entente.server.ApiFixture.Client;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each endpoint's happy path over the coded sample articles, the 404s, and stable paging. */
class ApiTest {

  static ApiFixture f;
  static Client http;

  @BeforeAll
  static void serve() {
    f = ApiFixture.get();
    http = f.client;
  }

  static List<JsonNode> items(JsonNode page) {
    List<JsonNode> out = new ArrayList<>();
    page.path("items").forEach(out::add);
    return out;
  }

  @Test
  void searchingForInvitationFindsTheEvidenceThatMentionsElista() {
    JsonNode page = http.json("/api/events?q=invitation");
    assertThat(items(page)).isNotEmpty()
        .anySatisfy(e -> assertThat(e.path("evidence").path("text").asText()).contains("Elista"));
    assertThat(page.path("total").asLong()).isEqualTo(items(page).size());
    assertThat(page.path("next").isNull()).isTrue();
  }

  @Test
  void theMergedViewCoversEveryAssertedFullDayEventOnceAndPages() {
    JsonNode all = http.json("/api/merged?limit=500");
    long merged = 0;
    for (JsonNode m : items(all)) {
      assertThat(m.path("num_sources").asLong()).isBetween(1L, m.path("num_events").asLong());
      assertThat(m.path("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(http.json("/api/events/" + java.net.URLEncoder.encode(m.path("first_event_id").asText(),
          java.nio.charset.StandardCharsets.UTF_8)).path("type").asText()).isEqualTo(m.path("type").asText());
      merged += m.path("num_events").asLong();
    }
    long asserted = f.store.events(null).stream()
        .filter(e -> e.modality() == Event.Modality.ASSERTED && e.date() != null
            && e.date().matches("\\d{4}-\\d{2}-\\d{2}"))
        .count();
    assertThat(merged).isEqualTo(asserted).isPositive();
    assertThat(all.path("total").asLong()).isEqualTo(items(all).size());
    // one row per page, walked with the cursors, gives the same rows
    List<String> walked = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = http.json("/api/merged?limit=1" + (cursor == null ? "" : "&cursor=" + cursor));
      items(page).forEach(m -> walked.add(m.path("first_event_id").asText()));
      cursor = page.path("next").isNull() ? null : page.path("next").asText();
    } while (cursor != null);
    assertThat(walked).containsExactlyElementsOf(items(all).stream().map(m -> m.path("first_event_id").asText())
        .toList());
    assertThat(http.get("/api/merged?cursor=bm9wZQ").status()).isEqualTo(400);
  }

  @Test
  void eventsAreExactlyTheContractRecords() {
    JsonNode page = http.json("/api/events?limit=500");
    List<Event> stored = f.store.events(null);
    assertThat(page.path("total").asLong()).isEqualTo(stored.size());
    for (JsonNode e : items(page)) {
      Event s = stored.stream().filter(x -> x.eventId().equals(e.path("event_id").asText())).findFirst().orElseThrow();
      assertThat(e).isEqualTo(EventJson.toJson(s));
    }
  }

  @Test
  void filtersNarrowTheList() {
    long all = http.json("/api/events").path("total").asLong();
    JsonNode consult = http.json("/api/events?type=consult");
    assertThat(items(consult)).isNotEmpty().allSatisfy(e -> assertThat(e.path("type").asText()).isEqualTo("CONSULT"));
    assertThat(consult.path("total").asLong()).isLessThan(all);
    assertThat(items(http.json("/api/events?region=RU-KL&cameo=02")))
        .isNotEmpty().allSatisfy(e -> assertThat(e.path("cameo").asText()).startsWith("02"));
    assertThat(items(http.json("/api/events?from=1956-01-01&to=1956-12-31")))
        .isNotEmpty().allSatisfy(e -> assertThat(e.path("date").asText()).startsWith("1956-"));
  }

  @Test
  void oneEventCarriesItsDocumentAndSentence() {
    JsonNode first = items(http.json("/api/events?q=invitation")).get(0);
    String id = first.path("event_id").asText();
    JsonNode e = http.json("/api/events/" + enc(id));
    assertThat(e.path("event_id").asText()).isEqualTo(id);
    assertThat(e.path("document").path("doc_id").asText()).isEqualTo(first.path("doc_id").asText());
    assertThat(e.path("document").has("url")).isTrue();
    assertThat(e.path("sentence_text").asText()).contains("Elista");
  }

  @Test
  void theNepalRussiaDyadTimelineHasTheVisit() {
    // The samples carry no dates: the visit is counted as undated and listed by the same dyad filter.
    JsonNode t = http.json("/api/timeline?a=NPL&b=RUS");
    assertThat(t.path("interval").asText()).isEqualTo("month");
    assertThat(t.path("undated").asLong()).isPositive();
    JsonNode visits = http.json("/api/events?a=NPL&b=RUS&undated=true&type=CONSULT");
    assertThat(items(visits)).anySatisfy(e -> assertThat(e.path("cameo").asText()).isEqualTo("042"));
  }

  @Test
  void aTimelineBucketsFullDatesByMonthAndWeek() {
    JsonNode month = http.json("/api/timeline?a=NPL&b=SUN");
    assertThat(month.path("buckets")).isNotEmpty();
    JsonNode b = month.path("buckets").get(0);
    assertThat(b.path("period").asText()).isEqualTo("1956-07");
    assertThat(b.path("start").asText()).isEqualTo("1956-07-01");
    assertThat(b.path("end").asText()).isEqualTo("1956-07-31");
    assertThat(b.path("total").asLong()).isPositive();
    assertThat(b.path("counts").size()).isPositive();
    assertThat(b.has("goldstein_mean")).isTrue();
    assertThat(month.path("types")).isNotEmpty();
    JsonNode week = http.json("/api/timeline?a=NPL&b=SUN&interval=week");
    assertThat(week.path("buckets").get(0).path("period").asText()).isEqualTo("1956-W27");
    assertThat(week.path("buckets").get(0).path("start").asText()).isEqualTo("1956-07-02");
  }

  @Test
  void actorsListRolesAndCounts() {
    JsonNode list = http.json("/api/actors?q=khasikov");
    assertThat(items(list)).singleElement().satisfies(a -> {
      assertThat(a.path("key").asText()).isEqualTo("Batu Khasikov");
      assertThat(a.path("region").asText()).isEqualTo("RU-KL");
      assertThat(a.path("events").asLong()).isPositive();
      assertThat(a.path("aliases")).isNotEmpty();
    });
    assertThat(items(http.json("/api/actors?limit=3"))).hasSize(3);
  }

  @Test
  void khasikovsPageHasHisRoleAndCounterparts() {
    JsonNode p = http.json("/api/actors/" + enc("Batu Khasikov"));
    List<String> roles = new ArrayList<>();
    p.path("actor").path("roles").forEach(r -> roles.add(r.path("role").asText()));
    assertThat(roles).contains("Head of the Republic of Kalmykia");
    assertThat(p.path("counts_by_type").size()).isPositive();
    List<String> counterparts = new ArrayList<>();
    p.path("counterparts").forEach(c -> counterparts.add(c.path("key").asText()));
    assertThat(counterparts).contains("K.P. Sharma Oli");
    assertThat(p.path("latest")).isNotEmpty();
    // the key is case-insensitive
    assertThat(http.json("/api/actors/" + enc("batu khasikov")).path("actor").path("name").asText())
        .isEqualTo("Batu Khasikov");
  }

  @Test
  void theNetworkLinksActorsAndCountries() {
    JsonNode n = http.json("/api/network");
    assertThat(n.path("nodes")).isNotEmpty();
    assertThat(n.path("edges")).anySatisfy(e -> assertThat(Set.of(e.path("source").asText(),
        e.path("target").asText())).containsExactlyInAnyOrder("Batu Khasikov", "K.P. Sharma Oli"));
    JsonNode c = http.json("/api/network?level=country&min=2");
    assertThat(c.path("edges")).anySatisfy(e -> {
      assertThat(Set.of(e.path("source").asText(), e.path("target").asText())).containsExactlyInAnyOrder("NPL", "RUS");
      assertThat(e.path("weight").asLong()).isGreaterThanOrEqualTo(2);
      assertThat(e.path("quads").size()).isPositive();
      assertThat(e.has("goldstein_mean")).isTrue();
    });
    assertThat(c.path("nodes").get(0).path("quad").asInt()).isBetween(1, 4);
    assertThat(http.json("/api/network?max_nodes=2").path("nodes")).hasSize(2);
  }

  @Test
  void documentsListAndShowTheirMarkedText() {
    JsonNode list = http.json("/api/documents");
    assertThat(list.path("total").asLong()).isEqualTo(3);
    assertThat(items(list)).hasSize(3).allSatisfy(d -> assertThat(d.path("events").asLong()).isPositive());
    String id = items(list).get(0).path("doc_id").asText();
    JsonNode d = http.json("/api/documents/" + enc(id));
    String text = d.path("text").asText();
    assertThat(d.path("events")).isNotEmpty();
    Set<String> kinds = new HashSet<>();
    d.path("marks").forEach(m -> {
      kinds.add(m.path("kind").asText());
      assertThat(m.path("end").asInt()).isGreaterThan(m.path("start").asInt()).isLessThanOrEqualTo(text.length());
    });
    assertThat(kinds).contains("trigger", "actor");
    // every trigger mark covers its event's trigger words
    for (JsonNode e : d.path("events")) {
      JsonNode ev = e.path("evidence");
      assertThat(text.substring(ev.path("trigger_start").asInt(), ev.path("trigger_end").asInt()))
          .isEqualTo(ev.path("trigger").asText());
    }
    JsonNode page1 = http.json("/api/documents?limit=2");
    assertThat(items(page1)).hasSize(2);
    JsonNode page2 = http.json("/api/documents?limit=2&cursor=" + enc(page1.path("next").asText()));
    assertThat(items(page2)).hasSize(1);
    assertThat(page2.path("next").isNull()).isTrue();
  }

  @Test
  void theElistaInvitationMarksItsPlace() {
    JsonNode e = items(http.json("/api/events?q=invitation")).get(0);
    JsonNode d = http.json("/api/documents/" + enc(e.path("doc_id").asText()));
    String text = d.path("text").asText();
    assertThat(d.path("marks")).anySatisfy(m -> {
      assertThat(m.path("kind").asText()).isEqualTo("place");
      assertThat(text.substring(m.path("start").asInt(), m.path("end").asInt())).isEqualTo("Elista");
    });
  }

  @Test
  void statsCountWhatTheStoreHolds() {
    JsonNode s = http.json("/api/stats");
    assertThat(s.path("events").asLong()).isEqualTo(f.store.eventCount());
    assertThat(s.path("documents").asLong()).isEqualTo(3);
    assertThat(s.path("undated").asLong()).isPositive();
    assertThat(s.path("problems").asLong()).isZero();
    assertThat(s.has("watch")).isTrue();
    assertThat(s.path("watch").isNull()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/events/no-such-event", "/api/actors/" + "Nobody%20At%20All",
      "/api/documents/no-such-doc", "/api/no-such-route", "/no-such-file.js"})
  void unknownThingsAre404InJson(String path) {
    Answer a = http.get(path);
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.json().path("status").asInt()).isEqualTo(404);
    assertThat(a.json().path("message").asText()).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-date", "date", "-confidence", "confidence"})
  void pagingReturnsEveryEventExactlyOnce(String sort) {
    long total = http.json("/api/events").path("total").asLong();
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page = http.json("/api/events?limit=3&sort=" + enc(sort)
          + (cursor == null ? "" : "&cursor=" + enc(cursor)));
      items(page).forEach(e -> seen.add(e.path("event_id").asText()));
      cursor = page.path("next").isNull() ? null : page.path("next").asText();
      assertThat(++pages).isLessThan(100);
    } while (cursor != null);
    assertThat(seen).hasSize((int) total).doesNotHaveDuplicates();
  }

  @Test
  void idsWithSlashesReachTheirRoute() {
    Answer a = http.get("/api/documents/" + enc("folder/no-such-doc"));
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.json().path("message").asText()).contains("folder/no-such-doc");
    assertThat(http.get("/api/actors/" + enc("AC/DC")).json().path("message").asText()).contains("AC/DC");
  }

  @Test
  void theExplorerIsServedAtTheRoot() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        EntenteServer.class.getResource(EntenteServer.WEB + "/index.html") != null, "no explorer files yet");
    Answer a = http.get("/");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.contentType()).startsWith("text/html");
  }

  @Test
  void theWebjarsAreServed() {
    Answer a = http.get("/webjars/echarts/5.5.0/echarts.min.js");
    assertThat(a.status()).isEqualTo(200);
    assertThat(http.get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").status()).isEqualTo(200);
  }
}
