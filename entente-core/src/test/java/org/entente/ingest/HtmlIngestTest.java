package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.ingest.Items.documents;
import static org.entente.ingest.Items.readAll;
import static org.entente.ingest.Items.resource;
import static org.entente.ingest.Items.write;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlIngestTest {

  @TempDir Path dir;

  @Test
  void htmlMainContentKeepsTheArticleParagraphsOneALineAndDropsNavigationAndBoilerplate() {
    Document d = documents(readAll(Ingest.builder().build(), resource("article.html"))).get(0);

    assertThat(d.id()).isEqualTo("article");
    assertThat(d.text().split("\n")).containsExactly(
        "The foreign ministers of Arandia and Belvoria agreed on Thursday to sign a treaty on sharing the waters of"
            + " the Tessa river, ending a dispute that has strained relations between the two neighbours for a decade.",
        "Speaking after three days of talks in the border town of Kelm, the Arandian minister said the agreement"
            + " would guarantee a fair share of water to farmers on both banks, and that a joint commission would"
            + " monitor the river's flow.",
        "Her Belvorian counterpart welcomed the deal and invited the Arandian delegation to Belvoria in May, when"
            + " the two governments plan to sign the treaty.",
        "The United Nations, which mediated the talks, said the accord could serve as a model for other shared"
            + " rivers in the region.");
    assertThat(d.text()).doesNotContain("cookies", "Politics", "Most read", "newsletter", "rights reserved",
        "Share", "Drought hits", "window.dataLayer");
  }

  @Test
  void htmlMetadataComesFromOpenGraphAndArticleMeta() {
    Document d = documents(readAll(Ingest.builder().defaultDate(LocalDate.of(2000, 1, 1)).build(),
        resource("article.html"))).get(0);

    assertThat(d.title()).isEqualTo("Ministers agree on river treaty");
    assertThat(d.date()).isEqualTo(LocalDate.of(2024, 3, 14));
    assertThat(d.source()).isEqualTo("The Daily Meridian");
    assertThat(d.url()).isEqualTo("https://meridian.example/world/2024/03/river-treaty");
  }

  @Test
  void htmlTitleFallsBackToTheTitleTagAndDateToATimeElement() {
    Path f = write(dir.resolve("page.htm"), """
        <html><head><title>Talks in Kelm</title></head><body>
        <div id="menu"><a href="/">Home</a> <a href="/news">News</a></div>
        <div class="content">
          <p>Posted <time datetime="2023-11-02T10:00">2 November</time></p>
          <p>The two delegations met in Kelm for a second round of talks, officials said on Thursday.</p>
          <p>They will meet again, in Arandia, before the end of the year, the ministry added.</p>
        </div></body></html>
        """);

    Document d = documents(readAll(Ingest.builder().build(), f)).get(0);

    assertThat(d.id()).isEqualTo("page");
    assertThat(d.title()).isEqualTo("Talks in Kelm");
    assertThat(d.date()).isEqualTo(LocalDate.of(2023, 11, 2));
    assertThat(d.text()).contains("second round of talks").contains("\nThey will meet again").doesNotContain("Home");
  }

  @Test
  void blockElementsAreSeparatedByLineBreaks() {
    Path f = write(dir.resolve("lines.html"), """
        <html><body><article>
          <h2>Background</h2>
          <p>The river rises in the mountains of Arandia and flows south, into Belvoria.</p>
          <blockquote>"We have waited ten years for this day," the minister said.</blockquote>
          <p>Farmers on   both banks<br>depend on its water.</p>
        </article></body></html>
        """);

    Document d = documents(readAll(Ingest.builder().build(), f)).get(0);

    assertThat(d.text()).isEqualTo("Background\n"
        + "The river rises in the mountains of Arandia and flows south, into Belvoria.\n"
        + "\"We have waited ten years for this day,\" the minister said.\n"
        + "Farmers on both banks\ndepend on its water.");
  }
}
