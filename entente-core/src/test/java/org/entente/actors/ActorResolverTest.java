package org.entente.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.entente.nlp.AnnotatedText;
import org.entente.testing.TestCoder;
import org.junit.jupiter.api.Test;

/** Actor phrases written for these tests (none from the sample articles). */
class ActorResolverTest {

  private final ActorResolver resolver = new ActorResolver(Gazetteer.load());

  private List<Actor> actors(String text) {
    AnnotatedText at = TestCoder.nlp().annotate(text, null);
    DocumentActors da = resolver.resolve(at);
    List<Actor> out = new ArrayList<>();
    da.bySentence().forEach(l -> l.stream().filter(m -> m.form() != Mention.Form.MODIFIER)
        .forEach(m -> out.add(m.actor())));
    return out;
  }

  private Actor only(String text, String namePart) {
    return actors(text).stream().filter(a -> a.name().contains(namePart)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor named " + namePart + " in: " + actors(text)));
  }

  @Test
  void aPreNominalTitleGivesRoleCountryAndSector() {
    Actor a = only("Brazilian President Luiz Pereira arrived on Monday.", "Pereira");
    assertThat(a.kind()).isEqualTo(Actor.Kind.PERSON);
    assertThat(a.name()).isEqualTo("Luiz Pereira");
    assertThat(a.country()).isEqualTo("BRA");
    assertThat(a.sector()).isEqualTo("GOV");
    assertThat(a.role()).isEqualTo("Brazilian President");
  }

  @Test
  void anAppositiveTitleOfARegionGivesTheRegionCode() {
    Actor a = only("Maria Ivanova, Head of the Republic of Tatarstan, spoke to reporters.", "Ivanova");
    assertThat(a.country()).isEqualTo("RUS");
    assertThat(a.region()).isEqualTo("RU-TA");
    assertThat(a.role()).isEqualTo("Head of the Republic of Tatarstan");
  }

  @Test
  void honorificsAreDroppedFromNamesAndRoles() {
    Actor a = only("The meeting was chaired by the Honorable Prime Minister of Bhutan, Mr. Tenzin Dorji.", "Dorji");
    assertThat(a.name()).isEqualTo("Tenzin Dorji");
    assertThat(a.role()).isEqualTo("Prime Minister of Bhutan");
    assertThat(a.country()).isEqualTo("BTN");
  }

  @Test
  void anAmbassadorBelongsToTheStateHeRepresents() {
    Actor a = only("The Ambassador of France to Kenya, Pierre Durand, opened the fair.", "Durand");
    assertThat(a.country()).isEqualTo("FRA");
    assertThat(a.sector()).isEqualTo("GOV");
  }

  @Test
  void aSurnameLaterInTheDocumentIsTheSamePerson() {
    List<Actor> as = actors("Chilean Foreign Minister Ana Soto landed in Lima.\nMs. Soto then met students.");
    assertThat(as).filteredOn(a -> a.text().contains("Soto")).hasSize(2)
        .allSatisfy(a -> {
          assertThat(a.name()).isEqualTo("Ana Soto");
          assertThat(a.country()).isEqualTo("CHL");
        });
  }

  @Test
  void aFormerTitleKeepsItsWordsAndDoesNotActForTheGovernment() {
    Actor a = only("Former Peruvian President Jorge Salas criticised the deal.", "Salas");
    assertThat(a.role()).isEqualTo("former Peruvian President");
    assertThat(a.country()).isEqualTo("PER");
    assertThat(a.sector()).isEqualTo(ActorResolver.FORMER_SECTOR).isEqualTo("ELI");
    assertThat(only("The deal was backed by ex-Prime Minister Ruth Adler.", "Adler").sector()).isEqualTo("ELI");
    assertThat(only("The former defence minister of Chile criticised the budget.", "former").sector())
        .isEqualTo("ELI");
  }

  @Test
  void aLaterFormerTitleNeitherOverwritesNorJoinsTheSittingHolder() {
    List<Actor> as = actors("President Lena Holm opened the session.\nThe former president then spoke.\n"
        + "Former President Lena Holm also visited the school.");
    assertThat(as).filteredOn(a -> a.name().equals("Lena Holm")).hasSize(2).allSatisfy(a -> {
      assertThat(a.role()).isEqualTo("President");
      assertThat(a.sector()).isEqualTo("GOV");
    });
    assertThat(as).filteredOn(a -> a.text().equals("The former president")).singleElement().satisfies(a -> {
      assertThat(a.name()).isEqualTo("former president");
      assertThat(a.sector()).isEqualTo("ELI");
    });
  }

  @Test
  void aPronounTakesTheLastSubjectPerson() {
    List<Actor> as = actors("Kenyan President Paul Mwangi opened the summit.\nHe thanked the delegates.");
    assertThat(as).anySatisfy(a -> {
      assertThat(a.text()).isEqualTo("He");
      assertThat(a.name()).isEqualTo("Paul Mwangi");
    });
  }

  @Test
  void aRoleMentionFindsThePersonWithThatRole() {
    List<Actor> as = actors("Ivan Petrov, Governor of Tver Oblast, arrived.\nThe Governor of Tver Oblast then left.");
    assertThat(as).filteredOn(a -> a.text().startsWith("The Governor")).singleElement()
        .satisfies(a -> assertThat(a.name()).isEqualTo("Ivan Petrov"));
  }

  @Test
  void countriesAreFoundByNameAndFormerStatesKeepTheirCode() {
    assertThat(only("Talks between the Soviet Union and Finland began.", "Soviet").country()).isEqualTo("SUN");
    assertThat(only("The Russian Federation protested.", "Russia").country()).isEqualTo("RUS");
  }

  @Test
  void aRegionIsARegionActorOfItsCountry() {
    Actor a = only("Bavaria signed a deal with a Chinese province.", "Bavaria");
    assertThat(a.kind()).isEqualTo(Actor.Kind.REGION);
    assertThat(a.country()).isEqualTo("DEU");
    assertThat(a.region()).isEqualTo("DE-BY");
  }

  @Test
  void theGovernmentOfACountryIsThatCountrysGovernment() {
    Actor a = only("The Government of Ghana welcomed the decision.", "Ghana");
    assertThat(a.country()).isEqualTo("GHA");
    assertThat(a.sector()).isEqualTo("GOV");
  }

  @Test
  void aCountrysSideIsItsGovernment() {
    Actor a = only("The Vietnamese side proposed new talks.", "Viet");
    assertThat(a.country()).isEqualTo("VNM");
    assertThat(a.sector()).isEqualTo("GOV");
  }

  @Test
  void aGroupWithANationalityIsAGroupOfThatCountry() {
    Actor a = only("The university will host Mongolian students next year.", "students");
    assertThat(a.kind()).isEqualTo(Actor.Kind.GROUP);
    assertThat(a.country()).isEqualTo("MNG");
    assertThat(a.sector()).isEqualTo("EDU");
  }

  @Test
  void internationalOrganisationsAreIgos() {
    Actor a = only("NATO warned of new risks.", "North Atlantic");
    assertThat(a.kind()).isEqualTo(Actor.Kind.IGO);
    assertThat(a.country()).isEqualTo("IGO");
  }

  @Test
  void aSeatOfGovernmentStandsForItsGovernment() {
    List<Actor> as = actors("The Kremlin rejected the proposal.");
    assertThat(as).anySatisfy(a -> {
      assertThat(a.country()).isEqualTo("RUS");
      assertThat(a.sector()).isEqualTo("GOV");
    });
  }

  @Test
  void aTitleWithoutACountryTakesTheDocumentsHomeCountry() {
    Actor a = only("Prime Minister Sipho Dlamini addressed Eswatini's parliament about Eswatini's budget.",
        "Dlamini");
    assertThat(a.country()).isEqualTo("SWZ");
  }

  @Test
  void everyActorKeepsItsWordsAndOffsets() {
    String text = "Nigerian President Musa Bello met the Ghanaian side in Accra.";
    AnnotatedText at = TestCoder.nlp().annotate(text, null);
    resolver.resolve(at).bySentence().forEach(l -> l.forEach(m ->
        assertThat(m.actor().span().of(text)).isEqualTo(m.actor().text())));
  }

  @Test
  void aPlaceNameInsideACompanyNameIsNoPlace() {
    assertThat(actors("Gulf States Utilities Co asked the regulator for higher rates."))
        .noneMatch(a -> a.kind() == Actor.Kind.REGION || a.kind() == Actor.Kind.CITY);
  }

  @Test
  void aDatelineGivesTheHomeCountryToOfficialsWithoutOne() {
    Actor a = only("CANBERRA, March 3 - Trade Minister John Kerin said the talks were useful.", "Kerin");
    assertThat(a.country()).isEqualTo("AUS");
  }

  @Test
  void peopleWithTheSameSurnameButDifferentGivenNamesAreDifferentPeople() {
    List<Actor> as = actors("Argentine President Raul Alfonsin spoke.\nMaria Alfonsin, a lawyer, also spoke.");
    assertThat(as).filteredOn(a -> a.text().contains("Maria")).singleElement()
        .satisfies(a -> assertThat(a.name()).isEqualTo("Maria Alfonsin"));
  }

  @Test
  void aGroupPlacedByInOrFromBelongsToThatCountry() {
    Actor a = only("Opposition parties in Bolivia called a general strike.", "parties");
    assertThat(a.kind()).isEqualTo(Actor.Kind.GROUP);
    assertThat(a.country()).isEqualTo("BOL");
  }

  @Test
  void anAdjectiveBetweenTheCountryAndItsGovernmentKeepsTheCountry() {
    Actor a = only("Iraq's interim government announced new measures.", "Iraq");
    assertThat(a.country()).isEqualTo("IRQ");
    assertThat(a.sector()).isEqualTo("GOV");
  }

  @Test
  void nonStateOrganisationsHaveTheirCodes() {
    Actor ngo = only("Amnesty International criticised the new law.", "Amnesty");
    assertThat(ngo.kind()).isEqualTo(Actor.Kind.ORGANIZATION);
    assertThat(ngo.country()).isEqualTo("NGO");
    Actor rebels = only("The Tamil Tigers attacked an army camp.", "Tamil");
    assertThat(rebels.country()).isEqualTo("LKA");
    assertThat(rebels.sector()).isEqualTo("REB");
  }

  @Test
  void aLoneDirectionWordBeforeANounIsNoRegion() {
    // Ghana's Western Region and Zambia's Northern Province must not claim "Western diplomats"
    assertThat(actors("Western diplomats said the Northern farmers had left.")).allSatisfy(a ->
        assertThat(a.region()).isNull());
    assertThat(only("Rebels attacked a village in Western Province on Monday.", "Western").kind())
        .isEqualTo(Actor.Kind.REGION);
  }
  @Test
  void aNameTakesTheStateOfTheRoleOrBodyInItsApposition() {
    assertThat(only("Amina Bello, Nigeria's best-known human rights lawyer, was released on Monday.", "Bello")
        .country()).isEqualTo("NGA");
    Actor member = only("A member of the Kenyan parliament, Joseph Mwangi, began a fast.", "Mwangi");
    assertThat(member.country()).isEqualTo("KEN");
    assertThat(member.sector()).isEqualTo("LEG");
    // a known organisation's name inside a longer one ("Democratic Party") is not that organisation
    assertThat(only("Taro Sato, the ruling Liberal Democratic Party's policy chief, spoke in Osaka.", "Sato")
        .country()).isNotEqualTo("USA");
    // working at a body does not say whose one is
    assertThat(only("His friend at the Chilean embassy, Pedro Soto, spoke to Peruvian reporters.", "Soto").country())
        .isNull();
  }
}
