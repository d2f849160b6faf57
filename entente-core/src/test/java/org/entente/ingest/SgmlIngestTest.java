package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.ingest.Items.readAll;
import static org.entente.ingest.Items.resource;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SgmlIngestTest {

  private final List<Ingested> items = readAll(Ingest.builder().build(), resource("reuters-sample.sgm"));

  @Test
  void eachReutersRecordIsOneItemInFileOrder() {
    assertThat(items).hasSize(3);
  }

  @Test
  void reutersRecordIsADocumentWithNewIdDateTitleAndCleanUnwrappedBody() {
    Document d = items.get(0).document();

    assertThat(d.id()).isEqualTo("701");
    assertThat(d.date()).isEqualTo(LocalDate.of(1987, 3, 3));
    assertThat(d.title()).isEqualTo("ARANDIA, BELVORIA <ABV> AGREE TO CUT GRAIN TARIFFS");
    assertThat(d.source()).isEqualTo("Reuters");
    assertThat(d.origin()).endsWith("reuters-sample.sgm#701");
    assertThat(d.text()).isEqualTo("KELM, March 3 -\n"
        + "Arandia and Belvoria agreed to cut tariffs on grain by half from July, the Arandian trade ministry said"
            + " after two days of talks with a Belvorian delegation.\n"
            + "The ministry said the cut would apply to wheat, maize and barley, and that officials of both"
            + " countries would meet again in June to discuss tariffs on machinery and long-term credits.\n"
            + "Belvoria's Soci\u00e9t\u00e9 des Grains <BGB> welcomed the accord.");
  }

  @Test
  void reutersRecordWithoutBodyOrWithOnlyTheSignOffIsEmptyBody() {
    assertThat(items.get(1).problem().docId()).isEqualTo("702");
    assertThat(items.get(1).problem().reason()).isEqualTo("empty body");
    assertThat(items.get(2).problem().docId()).isEqualTo("703");
    assertThat(items.get(2).problem().reason()).isEqualTo("empty body");
  }

  @Test
  void unwrapKeepsTableLinesApartAndJoinsWrappedProse() {
    String body = "Prices were as follows\n(dlrs per tonne) -\n"
        + "     Wheat    120.50    118.00\n"
        + "     Maize     98.25     97.00\n"
        + "    The board said prices\nwould rise.";

    assertThat(SgmlSource.unwrap(body)).isEqualTo("Prices were as follows (dlrs per tonne) -\n"
        + "Wheat    120.50    118.00\nMaize     98.25     97.00\nThe board said prices would rise.");
  }

  @Test
  void signOffAndEntitiesAndControlCharactersAreRemovedFromTheBody() {
    assertThat(SgmlSource.body("Talks ended &lt;on time>.\n Reuter\n&#3;")).isEqualTo("Talks ended <on time>.");
    assertThat(SgmlSource.body("Prices rose 2 pct.        REUTER\n&#3;")).isEqualTo("Prices rose 2 pct.");
  }
}
