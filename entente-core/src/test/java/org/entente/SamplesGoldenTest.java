package org.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.entente.actors.Actor;
import org.entente.events.Event;
import org.entente.events.EventJson;
import org.entente.ingest.Document;
import org.entente.ingest.DocumentStream;
import org.entente.ingest.Ingest;
import org.entente.testing.External;
import org.entente.testing.TestCoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end on the three bundled sample articles: the events the README promises are there with their evidence,
 * and the whole output equals the golden file. Regenerate the golden file after an intended change with
 * {@code -Dentente.golden.update=true}, and read its diff before committing it.
 */
class SamplesGoldenTest {

  private static final Path GOLDEN = External.repoRoot()
      .resolve("entente-core/src/test/resources/org/entente/golden/samples.events.jsonl");
  private static final List<Event> events = new ArrayList<>();
  private static final List<String> lines = new ArrayList<>();
  private static final List<Document> docs = new ArrayList<>();

  @BeforeAll
  static void codeSamples() {
    try (DocumentStream in = Ingest.builder().build().open(List.of(External.samples()))) {
      while (in.hasNext()) {
        var item = in.next();
        assertThat(item.problem()).as("sample articles are never skipped").isNull();
        docs.add(item.document());
        CodedDocument cd = TestCoder.coder().code(item.document());
        assertThat(cd.skipped()).isFalse();
        events.addAll(cd.events());
        cd.events().forEach(e -> lines.add(EventJson.toLine(e)));
      }
    }
  }

  private static Stream<Event> in(String docPrefix) {
    return events.stream().filter(e -> e.docId().startsWith(docPrefix));
  }

  private static Predicate<Actor> named(String part) {
    return a -> a.name().contains(part);
  }

  @Test
  void khasikovOfKalmykiaVisitsNepal() {
    assertThat(in("000")).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("CONSULT");
      assertThat(e.cameo()).isEqualTo("042");
      assertThat(e.source()).anySatisfy(a -> {
        assertThat(a.name()).isEqualTo("Batu Khasikov");
        assertThat(a.country()).isEqualTo("RUS");
        assertThat(a.region()).isEqualTo("RU-KL");
        assertThat(a.role()).isEqualTo("Head of the Republic of Kalmykia");
      });
      assertThat(e.target()).anyMatch(a -> "NPL".equals(a.country()));
      assertThat(e.evidence().text()).contains("arrived in Nepal on an official visit");
    });
  }

  @Test
  void khasikovMeetsOliWithTheSectorsDiscussedAfterwards() {
    assertThat(in("000")).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("CONSULT");
      assertThat(e.symmetric()).isTrue();
      assertThat(e.source()).anyMatch(named("Khasikov"));
      assertThat(e.target()).anySatisfy(a -> {
        assertThat(a.name()).contains("Oli");
        assertThat(a.country()).isEqualTo("NPL");
        assertThat(a.role()).isEqualTo("Prime Minister of Nepal");
      });
      assertThat(e.sectors()).contains("aviation", "health", "agriculture", "education", "research");
    });
  }

  @Test
  void theInvitationToElistaIsDatedSeptemberOfAnUnknownYear() {
    assertThat(in("000")).anySatisfy(e -> {
      assertThat(e.evidence().trigger()).contains("invitation");
      assertThat(e.date()).isEqualTo("XXXX-09");
      assertThat(e.dateText()).isEqualTo("September this year");
      assertThat(e.location()).isNotNull();
      assertThat(e.location().name()).isEqualTo("Elista");
      assertThat(e.location().region()).isEqualTo("RU-KL");
      assertThat(e.location().lat()).isNotNull();
      assertThat(e.target()).anyMatch(named("Oli"));
    });
  }

  @Test
  void putinPhonesModi() {
    assertThat(in("002")).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("CONSULT");
      assertThat(e.mode()).isEqualTo("phone");
      assertThat(e.cameo()).isEqualTo("041");
      assertThat(e.source()).anySatisfy(a -> {
        assertThat(a.name()).isEqualTo("Vladimir Putin");
        assertThat(a.country()).isEqualTo("RUS");
      });
      assertThat(e.target()).anySatisfy(a -> {
        assertThat(a.name()).isEqualTo("Narendra Modi");
        assertThat(a.country()).isEqualTo("IND");
      });
    });
  }

  @Test
  void rijijuHoldsTalksWithKhasikovInNewDelhi() {
    assertThat(in("002")).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("CONSULT");
      assertThat(e.source()).anySatisfy(a -> {
        assertThat(a.name()).isEqualTo("Kiren Rijiju");
        assertThat(a.country()).isEqualTo("IND");
        assertThat(a.sector()).isEqualTo("GOV");
      });
      assertThat(e.target()).anySatisfy(a -> {
        assertThat(a.name()).isEqualTo("Batu Khasikov");
        assertThat(a.region()).isEqualTo("RU-KL");
      });
      assertThat(e.location().name()).isEqualTo("New Delhi");
    });
  }

  @Test
  void putinAndTrumpMeetInAlaska() {
    assertThat(in("002")).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("CONSULT");
      assertThat(e.source()).anyMatch(named("Putin"));
      assertThat(e.target()).anySatisfy(a -> assertThat(a.country()).isEqualTo("USA"));
      assertThat(e.location().name()).isEqualTo("Alaska");
    });
  }

  @Test
  void nepalAndTheUssrEstablishRelationsOnTheFifthOfJuly1956() {
    assertThat(in("001")).anySatisfy(e -> {
      assertThat(e.date()).isEqualTo("1956-07-05");
      assertThat(e.symmetric()).isTrue();
      List<String> countries = Stream.concat(e.source().stream(), e.target().stream()).map(Actor::country).toList();
      assertThat(countries).contains("NPL", "SUN");
    });
  }

  @Test
  void everyEventAndActorPointsAtItsWords() {
    for (Event e : events) {
      Document d = docs.stream().filter(x -> x.id().equals(e.docId())).findFirst().orElseThrow();
      assertThat(e.evidence().span().of(d.text())).isEqualTo(e.evidence().text());
      assertThat(e.evidence().triggerSpan().of(d.text())).isEqualTo(e.evidence().trigger());
      Stream.concat(e.source().stream(), e.target().stream())
          .forEach(a -> assertThat(a.span().of(d.text())).isEqualTo(a.text()));
    }
  }

  @Test
  void codingTwiceGivesTheSameEventIds() {
    Document d = docs.get(0);
    List<String> again = TestCoder.coder().code(d).events().stream().map(Event::eventId).toList();
    assertThat(again).isEqualTo(events.stream().filter(e -> e.docId().equals(d.id())).map(Event::eventId).toList());
  }

  @Test
  void outputEqualsTheGoldenFile() throws IOException {
    if (Boolean.getBoolean("entente.golden.update")) {
      Files.write(GOLDEN, lines, StandardCharsets.UTF_8);
    }
    assertThat(Files.readAllLines(GOLDEN, StandardCharsets.UTF_8))
        .as("golden file %s (regenerate with -Dentente.golden.update=true and review the diff)", GOLDEN)
        .isEqualTo(lines);
  }
}
