package org.entente.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.EntenteException;
import org.entente.actors.Gazetteer.Entry;
import org.entente.actors.Gazetteer.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerTest {

  private static final Gazetteer G = Gazetteer.load();

  private static List<Entry> find(String phrase) {
    return G.lookup(Gazetteer.key(phrase));
  }

  private static Entry first(String phrase, Type type) {
    return find(phrase).stream().filter(e -> e.type() == type).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " for " + phrase + ": " + find(phrase)));
  }

  @Test
  void keyLowercasesStripsAccentsAndKeepsOnlyLettersAndDigits() {
    assertThat(Gazetteer.key("People's Republic of China")).isEqualTo("peoplesrepublicofchina");
    assertThat(Gazetteer.key("U.S.")).isEqualTo("us");
    assertThat(Gazetteer.key("Côte d’Ivoire")).isEqualTo("cotedivoire");
    assertThat(Gazetteer.key("  São Tomé and Príncipe ")).isEqualTo("saotomeandprincipe");
    assertThat(Gazetteer.key("G-20")).isEqualTo("g20");
    assertThat(Gazetteer.key("Tromsø, Łódź")).isEqualTo("tromsolodz");
    assertThat(Gazetteer.key("...")).isEmpty();
  }

  @Test
  void loadIsMemoized() {
    assertThat(Gazetteer.load()).isSameAs(G);
  }

  @Test
  void everyIsoCountryIsPresentWithKosovoAsXkx() {
    List<Entry> countries = G.countries();
    assertThat(countries).hasSizeGreaterThanOrEqualTo(250);
    assertThat(countries).allSatisfy(e -> assertThat(e.country()).matches("[A-Z]{3}"));
    assertThat(countries.stream().map(Entry::country))
        .contains("RUS", "NPL", "IND", "USA", "CHN", "PSE", "TWN", "VAT", "ATA", "XKX");
    assertThat(first("Kosovo", Type.COUNTRY).country()).isEqualTo("XKX");
    assertThat(first("Kosovar", Type.DEMONYM).country()).isEqualTo("XKX");
  }

  @ParameterizedTest
  @CsvSource({
      "Russia, RUS", "Russian Federation, RUS", "the Russian Federation, RUS", "India, IND",
      "Republic of India, IND", "Nepal, NPL", "Federal Democratic Republic of Nepal, NPL",
      "United States of America, USA", "U.S., USA", "Britain, GBR", "Ivory Coast, CIV", "Côte d'Ivoire, CIV",
      "Burma, MMR", "South Korea, KOR", "Republic of Korea, KOR", "North Korea, PRK", "Czech Republic, CZE",
      "Vietnam, VNM", "Viet Nam, VNM", "Iran, IRN", "Palestine, PSE", "Macedonia, MKD", "Swaziland, SWZ",
      "Zaire, COD", "Holland, NLD", "Taiwan, TWN", "Türkiye, TUR", "Turkey, TUR"})
  void countryNamesAndVariantsGiveTheCountryFirst(String phrase, String iso3) {
    Entry e = find(phrase.replaceFirst("^the ", "")).get(0);
    assertThat(e.type()).isEqualTo(Type.COUNTRY);
    assertThat(e.country()).isEqualTo(iso3);
  }

  @ParameterizedTest
  @CsvSource({"Nepali, NPL", "Nepalese, NPL", "Russian, RUS", "Indian, IND", "American, USA", "British, GBR",
      "Chinese, CHN", "Filipino, PHL", "Dutch, NLD", "Swiss, CHE", "Emirati, ARE", "Saudi, SAU",
      "South Korean, KOR", "Palestinian, PSE", "Israeli, ISR", "French, FRA"})
  void demonymsGiveTheirCountry(String phrase, String iso3) {
    List<Entry> demonyms = find(phrase).stream().filter(e -> e.type() == Type.DEMONYM).toList();
    assertThat(demonyms).extracting(Entry::country).containsExactly(iso3);
    assertThat(demonyms.get(0).name()).isEqualTo(G.country(iso3).orElseThrow().name());
  }

  @Test
  void aDemonymOfAnIndependentStateIsNotGivenToItsTerritories() {
    assertThat(find("French")).extracting(Entry::country).containsOnly("FRA");
    assertThat(find("American")).extracting(Entry::country).containsOnly("USA");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kalmykia", "Republic of Kalmykia", "Kalmykiya", "Kalmykija", "Respublika Kalmykija"})
  void kalmykiaIsTheRussianRepublicRuKl(String phrase) {
    Entry e = first(phrase, Type.REGION);
    assertThat(e.region()).isEqualTo("RU-KL");
    assertThat(e.country()).isEqualTo("RUS");
    assertThat(e.name()).isEqualTo("Kalmykia");
    assertThat(G.region("RU-KL")).contains(e);
  }

  @Test
  void subdivisionsHaveEnglishNamesAndBareForms() {
    assertThat(first("Tibet", Type.REGION).region()).isEqualTo("CN-XZ");
    assertThat(first("Moscow Oblast", Type.REGION).region()).isEqualTo("RU-MOS");
    assertThat(first("Bagmati", Type.REGION).country()).isEqualTo("NPL");
    assertThat(G.region("NP-P3")).isPresent();
    // derived bare forms that would be ordinary words are not kept
    assertThat(find("Jewish")).noneMatch(e -> e.type() == Type.REGION);
    assertThat(find("Australian Capital")).isEmpty();
    // "the Gulf" of the news is the Persian Gulf, not Papua New Guinea's Gulf Province
    assertThat(find("Gulf")).noneMatch(e -> e.type() == Type.REGION);
    assertThat(first("Gulf Province", Type.REGION).region()).isEqualTo("PG-GPK");
    assertThat(first("Jewish Autonomous Oblast", Type.REGION).region()).isEqualTo("RU-YEV");
  }

  @ParameterizedTest
  @ValueSource(strings = {"USSR", "Soviet Union", "Union of Soviet Socialist Republics", "U.S.S.R."})
  void theSovietUnionIsSunSucceededByRussia(String phrase) {
    Entry e = find(phrase).get(0);
    assertThat(e.type()).isEqualTo(Type.FORMER_COUNTRY);
    assertThat(e.country()).isEqualTo("SUN");
    assertThat(e.successor()).isEqualTo("RUS");
    assertThat(e.until()).isEqualTo(LocalDate.of(1992, 8, 30));
  }

  @Test
  void formerStatesHaveAdjectivesAndSuccessors() {
    Entry soviet = first("Soviet", Type.DEMONYM);
    assertThat(soviet.country()).isEqualTo("SUN");
    assertThat(soviet.successor()).isEqualTo("RUS");
    assertThat(soviet.until()).isNotNull();
    assertThat(first("Yugoslavia", Type.FORMER_COUNTRY).successor()).isEqualTo("SRB");
    assertThat(first("Czechoslovakia", Type.FORMER_COUNTRY).successor()).isEqualTo("CZE");
    assertThat(first("East Germany", Type.FORMER_COUNTRY).country()).isEqualTo("DDR");
    assertThat(first("German Democratic Republic", Type.FORMER_COUNTRY).successor()).isEqualTo("DEU");
    assertThat(first("East German", Type.DEMONYM).country()).isEqualTo("DDR");
    assertThat(G.country("SUN")).map(Entry::type).contains(Type.FORMER_COUNTRY);
  }

  @Test
  void elistaIsTheCapitalOfKalmykia() {
    Entry e = first("Elista", Type.CITY);
    assertThat(e.country()).isEqualTo("RUS");
    assertThat(e.region()).isEqualTo("RU-KL");
    assertThat(e.lat()).isEqualTo(46.30778);
    assertThat(e.lon()).isEqualTo(44.25583);
    assertThat(e.population()).isGreaterThan(100_000);
    assertThat(G.isCapital(e)).isFalse();
  }

  @Test
  void nationalCapitalsAreCitiesOfTheirCountry() {
    Entry delhi = first("New Delhi", Type.CITY);
    assertThat(delhi.country()).isEqualTo("IND");
    assertThat(G.capitalOf("IND")).contains(delhi);
    assertThat(G.isCapital(delhi)).isTrue();
    assertThat(G.capitalOf("NPL")).map(Entry::name).contains("Kathmandu");
    assertThat(first("Kathmandu", Type.CITY).country()).isEqualTo("NPL");
    assertThat(G.capitalOf("RUS")).map(Entry::name).contains("Moscow");
    assertThat(G.capitalOf("XKX")).map(Entry::name).contains("Pristina");
  }

  @Test
  void aCityOfTheSameNameAsACountryComesAfterTheCountry() {
    List<Entry> l = find("Luxembourg");
    assertThat(l.get(0).type()).isEqualTo(Type.COUNTRY);
    assertThat(l).extracting(Entry::type).contains(Type.CITY);
  }

  @Test
  void citiesOfOneNameAreOrderedByPopulation() {
    List<Entry> cities = find("Hyderabad").stream().filter(e -> e.type() == Type.CITY).toList();
    assertThat(cities).hasSizeGreaterThanOrEqualTo(2);
    assertThat(cities.get(0).country()).isEqualTo("IND");
    assertThat(cities.get(0).population()).isGreaterThanOrEqualTo(cities.get(1).population());
  }

  @ParameterizedTest
  @CsvSource({"the Kremlin, RUS, GOV", "Kremlin, RUS, GOV", "the White House, USA, GOV", "Pentagon, USA, MIL",
      "Downing Street, GBR, GOV", "Singha Durbar, NPL, GOV", "South Block, IND, GOV", "the Knesset, ISR, LEG",
      "State Duma, RUS, LEG", "Lok Sabha, IND, LEG", "Capitol Hill, USA, LEG", "Bundestag, DEU, LEG"})
  void seatsOfGovernmentGiveCountryAndSector(String phrase, String iso3, String sector) {
    Entry e = first(phrase, Type.SEAT);
    assertThat(e.country()).isEqualTo(iso3);
    assertThat(e.sector()).isEqualTo(sector);
    assertThat(e.name()).doesNotStartWith("the ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NATO", "SCO", "Shanghai Cooperation Organisation", "United Nations", "UN", "UNESCO",
      "European Union", "EU", "ASEAN", "BRICS", "SAARC", "G20", "G-20", "World Bank", "IMF", "African Union"})
  void intergovernmentalOrganisationsAreIgo(String phrase) {
    Entry e = first(phrase, Type.IGO);
    assertThat(e.country()).isEqualTo("IGO");
  }

  @Test
  void organisationsKeepTheirCanonicalName() {
    assertThat(first("NATO", Type.IGO).name()).isEqualTo("North Atlantic Treaty Organization");
    assertThat(first("International Court of Justice", Type.IGO).sector()).isEqualTo("JUD");
  }

  @Test
  void titlesGiveSectorRankAndWhetherTheyAreRegional() {
    Gazetteer.Title pm = G.title("prime minister").orElseThrow();
    assertThat(pm.sector()).isEqualTo("GOV");
    assertThat(pm.rank()).isEqualTo("head_of_government");
    assertThat(pm.regional()).isFalse();
    assertThat(G.title("Prime  Minister")).contains(pm);
    assertThat(G.title("head of the republic").orElseThrow().regional()).isTrue();
    assertThat(G.title("governor").orElseThrow().regional()).isTrue();
    assertThat(G.title("ambassador").map(Gazetteer.Title::rank)).contains("ambassador");
    assertThat(G.title("Lt. Gen.").map(Gazetteer.Title::sector)).contains("MIL");
    assertThat(G.title("vice-president")).isEqualTo(G.title("vice president"));
    assertThat(G.title("chargé d'affaires")).isPresent();
    assertThat(G.title("dalai lama").map(Gazetteer.Title::sector)).contains("REL");
    assertThat(G.title("banana")).isEmpty();
    assertThat(G.maxTitleWords()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void honorificsAreRecognisedWithOrWithoutPeriod() {
    assertThat(G.isHonorific("Mr.")).isTrue();
    assertThat(G.isHonorific("mr")).isTrue();
    assertThat(G.isHonorific("Dr")).isTrue();
    assertThat(G.isHonorific("H.E.")).isTrue();
    assertThat(G.isHonorific("His Excellency")).isTrue();
    assertThat(G.isHonorific("Shri")).isTrue();
    assertThat(G.isHonorific("He")).isFalse();
    assertThat(G.isHonorific("Nepal")).isFalse();
    assertThat(G.isHonorificNamePart("Sheikh")).isTrue();
    assertThat(G.isHonorificNamePart("Mr.")).isFalse();
  }

  @Test
  void groupNounsAndBodiesGiveSectors() {
    assertThat(G.groupSector("students")).contains("EDU");
    assertThat(G.groupSector("student")).contains("EDU");
    assertThat(G.groupSector("pilgrims")).contains("CVL");
    assertThat(G.groupSector("troops")).contains("MIL");
    assertThat(G.groupSector("businessmen")).contains("BUS");
    assertThat(G.groupSector("table")).isEmpty();
    assertThat(G.bodySector("ministry")).contains("GOV");
    assertThat(G.bodySector("air force")).contains("MIL");
    assertThat(G.bodySector("Supreme Court")).contains("JUD");
    assertThat(G.bodySector("parliament")).contains("LEG");
  }

  @Test
  void lookupOfAnUnknownKeyIsEmpty() {
    assertThat(G.lookup("qwzxv")).isEmpty();
    assertThat(G.lookup("")).isEmpty();
    assertThat(G.country("ZZZ")).isEmpty();
    assertThat(G.region("XX-99")).isEmpty();
    assertThat(G.maxTokens()).isBetween(5, 20);
  }

  @Test
  void lookupListsAreOrderedByTypeThenPopulation() {
    for (String k : List.of("georgia", "washington", "moscow", "paris", "congo", "delhi", "punjab")) {
      List<Entry> l = G.lookup(k);
      assertThat(l).as(k).isNotEmpty();
      for (int i = 1; i < l.size(); i++) {
        Entry a = l.get(i - 1);
        Entry b = l.get(i);
        assertThat(order(a)).as(k).isLessThanOrEqualTo(order(b));
        if (a.type() == b.type()) {
          assertThat(a.population()).as(k).isGreaterThanOrEqualTo(b.population());
        }
      }
    }
  }

  private static int order(Entry e) {
    return List.of(Type.COUNTRY, Type.FORMER_COUNTRY, Type.DEMONYM, Type.IGO, Type.SEAT, Type.REGION, Type.CITY)
        .indexOf(e.type());
  }

  @Test
  void aMissingResourceIsAConfigError() {
    assertThatThrownBy(() -> Gazetteer.load(name -> null))
        .isInstanceOf(EntenteException.class)
        .satisfies(e -> assertThat(((EntenteException) e).kind()).isEqualTo(EntenteException.Kind.CONFIG))
        .hasMessageContaining("countries.tsv");
  }

  @Test
  void aMalformedResourceIsAConfigError() {
    Map<String, String> broken = Map.of("countries.tsv",
        "iso3\tiso2\tname\tofficial\tnames\tdemonyms\tcapital\tlat\tlon\nRUS\tRU\tRussia\n");
    assertThatThrownBy(() -> Gazetteer.load(name -> stream(broken.get(name))))
        .isInstanceOf(EntenteException.class)
        .hasMessageContaining("countries.tsv:2");
  }

  private static InputStream stream(String s) {
    return s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource({"countries.tsv, 9", "former.tsv, 6", "subdivisions.tsv, 7", "cities.tsv, 8", "igos.tsv, 3",
      "seats.tsv, 4", "titles.tsv, 4", "honorifics.tsv, 2", "groups.tsv, 3", "bodies.tsv, 2"})
  void generatedFilesAreSortedWithTheExpectedColumns(String file, int columns) throws IOException {
    List<String> lines = resourceLines(file);
    assertThat(lines.size()).isGreaterThan(1);
    assertThat(lines.get(0).split("\t", -1)).hasSize(columns);
    List<String> data = lines.subList(1, lines.size());
    for (int i = 0; i < data.size(); i++) {
      assertThat(data.get(i).split("\t", -1)).as(file + ":" + (i + 2)).hasSize(columns);
      if (i > 0) {
        assertThat(data.get(i - 1).compareTo(data.get(i))).as(file + ":" + (i + 2) + " sorted").isNegative();
      }
    }
  }

  @Test
  void generatedFilesHaveTheExpectedSizes() throws IOException {
    assertThat(resourceLines("countries.tsv")).hasSizeGreaterThan(250);
    assertThat(resourceLines("former.tsv")).hasSizeGreaterThan(30);
    assertThat(resourceLines("subdivisions.tsv")).hasSizeGreaterThan(5000);
    assertThat(resourceLines("cities.tsv")).hasSizeGreaterThan(4500);
    assertThat(resourceLines("igos.tsv")).hasSizeGreaterThan(80);
    assertThat(resourceLines("titles.tsv")).hasSizeGreaterThan(120);
    Map<String, Long> capitals = resourceLines("cities.tsv").stream().skip(1).map(l -> l.split("\t", -1))
        .filter(c -> c[7].equals("1")).collect(Collectors.groupingBy(c -> c[2], Collectors.counting()));
    assertThat(capitals).hasSizeGreaterThan(200);
  }

  @Test
  void loadsQuicklyAndSmall() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    Gazetteer g = Gazetteer.load(name -> Gazetteer.class.getResourceAsStream(Gazetteer.BASE + name));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.gc();
    long after = rt.totalMemory() - rt.freeMemory();
    System.out.printf("gazetteer: loaded in %d ms, about %.1f MB of heap%n", ms, (after - before) / 1e6);
    assertThat(g.lookup("nepal")).isNotEmpty();
    assertThat(ms).isLessThan(3_000);
  }

  private static List<String> resourceLines(String file) throws IOException {
    InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.BASE + file);
    assertThat(in).as(file).isNotNull();
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        lines.add(l);
      }
    }
    return lines;
  }
}
