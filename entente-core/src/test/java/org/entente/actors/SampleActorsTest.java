package org.entente.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.entente.nlp.AnnotatedText;
import org.entente.testing.External;
import org.entente.testing.TestCoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample articles' actors resolve from reference data and the text alone (issue 3's checklist). */
class SampleActorsTest {

  private static final List<Actor> actors = new ArrayList<>();
  private static final List<Actor> places = new ArrayList<>();

  @BeforeAll
  static void resolveSamples() throws IOException {
    ActorResolver r = new ActorResolver(Gazetteer.load());
    for (String f : List.of("000_a2eaf43d6bfa487a.txt", "001_6440d34833909287.txt", "002_7f6ce2ca5d0f54be.txt")) {
      String text = Files.readString(External.samples().resolve(f));
      AnnotatedText at = TestCoder.nlp().annotate(text, null);
      DocumentActors da = r.resolve(at);
      da.bySentence().forEach(l -> l.forEach(m -> actors.add(m.actor())));
      da.places().forEach(l -> l.forEach(m -> places.add(m.actor())));
    }
  }

  private static Actor named(String name) {
    return actors.stream().filter(a -> a.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor named " + name));
  }

  @Test
  void khasikovIsTheHeadOfKalmykia() {
    Actor a = named("Batu Khasikov");
    assertThat(a.kind()).isEqualTo(Actor.Kind.PERSON);
    assertThat(a.country()).isEqualTo("RUS");
    assertThat(a.region()).isEqualTo("RU-KL");
    assertThat(a.sector()).isEqualTo("GOV");
    assertThat(a.role()).isEqualTo("Head of the Republic of Kalmykia");
  }

  @Test
  void oliIsNepalsPrimeMinister() {
    Actor a = named("K.P. Sharma Oli");
    assertThat(a.country()).isEqualTo("NPL");
    assertThat(a.sector()).isEqualTo("GOV");
    assertThat(a.role()).contains("Prime Minister");
  }

  @Test
  void novikovIsRussiasAmbassador() {
    Actor a = named("Alexey A. Novikov");
    assertThat(a.country()).isEqualTo("RUS");
    assertThat(a.sector()).isEqualTo("GOV");
    assertThat(a.role()).startsWith("Ambassador");
  }

  @Test
  void theLeadersOfTheThirdSampleHaveTheirStates() {
    assertThat(named("Kiren Rijiju")).extracting(Actor::country, Actor::sector).containsExactly("IND", "GOV");
    assertThat(named("Narendra Modi")).extracting(Actor::country, Actor::sector).containsExactly("IND", "GOV");
    assertThat(named("Vladimir Putin")).extracting(Actor::country, Actor::sector).containsExactly("RUS", "GOV");
    assertThat(named("Donald Trump")).extracting(Actor::country, Actor::sector).containsExactly("USA", "GOV");
  }

  @Test
  void theMinistryOfExternalAffairsIsIndias() {
    Actor a = actors.stream().filter(x -> x.name().contains("Ministry of External Affairs")).findFirst()
        .orElseThrow();
    assertThat(a.country()).isEqualTo("IND");
    assertThat(a.sector()).isEqualTo("GOV");
  }

  @Test
  void theUssrIsTheFormerState() {
    assertThat(actors).anySatisfy(a -> {
      assertThat(a.text()).contains("USSR");
      assertThat(a.country()).isEqualTo("SUN");
    });
  }

  @Test
  void elistaIsACityOfKalmykiaWithCoordinates() {
    assertThat(places).anySatisfy(p -> {
      assertThat(p.name()).isEqualTo("Elista");
      assertThat(p.kind()).isEqualTo(Actor.Kind.CITY);
      assertThat(p.region()).isEqualTo("RU-KL");
    });
    assertThat(Gazetteer.load().lookup(Gazetteer.key("Elista"))).anySatisfy(e -> {
      assertThat(e.lat()).isNotNull();
      assertThat(e.lon()).isNotNull();
    });
  }
}
