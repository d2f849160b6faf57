package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.CodedDocument;
import org.entente.ingest.DocumentStream;
import org.entente.ingest.Ingest;
import org.entente.query.EvidenceIndex;
import org.entente.store.EventStore;
import org.entente.store.Stores;
import org.entente.testing.External;
import org.entente.testing.TestCoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The web explorer in a real browser (Debian's headless Chromium) over the three sample articles, coded once with
 * the shared CoreNLP fixture and served on a free port: the three questions of issue 5 (search and evidence, the
 * Nepal–Russia dyad timeline, Khasikov's role), plus the network, a document, the keyboard and a visible API error.
 * Screenshots of each step are saved for the record ({@link ExplorerBrowser#screenshot}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExplorerBrowserIT {

  /**
   * The articles carry no date of their own; dated as published (the visit article says "September this year"), so
   * that the timeline has bars to click. Undated, every event would only be listed as undated.
   */
  static final LocalDate PUBLISHED = LocalDate.of(2025, 9, 3);

  static EventStore store;
  static EvidenceIndex index;
  static EntenteServer server;
  static ExplorerBrowser browser;

  @BeforeAll
  static void start() {
    ExplorerBrowser.requireChromium(); // skip before loading CoreNLP when there is no browser
    store = Stores.open(":memory:");
    store.write(codeSamples());
    index = EvidenceIndex.inMemory();
    index.sync(store);
    server = EntenteServer.builder().store(store).index(index).port(0).build().start();
    browser = ExplorerBrowser.start(server.url());
  }

  /** The sample articles through the shared coder ({@link TestCoder#coder()}), dated {@link #PUBLISHED}. */
  static List<CodedDocument> codeSamples() {
    List<CodedDocument> out = new ArrayList<>();
    try (DocumentStream in = Ingest.builder().defaultDate(PUBLISHED).build().open(List.of(External.samples()))) {
      while (in.hasNext()) {
        var item = in.next();
        assertThat(item.document()).as("sample article skipped: %s", item.problem()).isNotNull();
        out.add(TestCoder.coder().code(item.document()));
      }
    }
    assertThat(out).hasSize(3);
    return out;
  }

  @AfterAll
  static void stop() {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (server != null) {
        server.close();
      }
      if (index != null) {
        index.close();
      }
      if (store != null) {
        store.close();
      }
    }
  }

  @AfterEach
  void noScriptErrors() {
    if (browser != null) {
      assertThat(browser.consoleErrors()).as("errors in the browser console").isEmpty();
    }
  }

  @Test
  @Order(1)
  void searchingForInvitationOpensTheEvidenceThatNamesElista() {
    browser.open("#/events");
    browser.withText(By.cssSelector("[data-testid=stat-events]"), "events");
    browser.visible(By.cssSelector("[data-testid=event-row]"));

    // "/" focuses the search box from anywhere; Enter submits it.
    browser.driver.findElement(By.tagName("body")).sendKeys("/");
    WebElement search = browser.driver.switchTo().activeElement();
    assertThat(search.getDomAttribute("id")).isEqualTo("search");
    search.sendKeys("invitation", Keys.ENTER);
    browser.until(d -> d.getCurrentUrl().contains("q=invitation"), "the search in the URL");
    browser.withText(By.cssSelector("[data-testid=events-count]"), "of 1 event");

    // Tab to the row, Enter opens its evidence.
    WebElement row = browser.visible(By.cssSelector("[data-testid=event-row]"));
    assertThat(row.getText()).contains("extended a formal invitation");
    browser.js("arguments[0].focus()", row);
    browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    WebElement evidence = browser.withText(By.id("evidence-text"), "Elista");
    assertThat(evidence.findElement(By.cssSelector("mark.m-trigger")).getText())
        .isEqualTo("extended a formal invitation");
    assertThat(evidence.findElements(By.cssSelector("mark.m-source"))).extracting(WebElement::getText)
        .contains("Mr. Khasikov");
    assertThat(evidence.findElements(By.cssSelector("mark.m-target"))).extracting(WebElement::getText)
        .contains("Prime Minister Oli");
    assertThat(browser.driver.findElement(By.id("evidence")).getText())
        .contains("Batu Khasikov", "K.P. Sharma Oli", "REQUEST");
    browser.screenshot("01-search-invitation-evidence");

    // Esc closes the panel and gives the focus back to the row.
    browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    browser.invisible(By.id("evidence"));
    assertThat(browser.driver.switchTo().activeElement().getDomAttribute("data-testid")).isEqualTo("event-row");
  }

  @Test
  @Order(2)
  void theNepalRussiaTimelineShowsTheVisitAndClickingItsBarListsIt() {
    browser.open("#/timeline?a=NPL&b=RUS");
    browser.withText(By.cssSelector("[data-testid=timeline-summary]"), "dated event");
    WebElement canvas = browser.visible(By.cssSelector("#timeline-chart canvas"));

    // The chart's CONSULT series has a bar; find where ECharts drew it and click it like a user.
    @SuppressWarnings("unchecked")
    List<Object> bar = (List<Object>) browser.until(d -> browser.js(
        "const c = window.echarts && echarts.getInstanceByDom(document.getElementById('timeline-chart'));"
            + "if (!c) return null;"
            + "const s = c.getModel().getSeriesByName('CONSULT')[0]; if (!s) return null;"
            + "const data = s.getData(); const periods = c.getOption().xAxis[0].data;"
            + "for (let i = 0; i < data.count(); i++) { if (data.get('y', i) > 0) {"
            + "  const r = data.getItemLayout(i); if (!r) return null;"
            + "  return [periods[i], r.x + r.width / 2, r.y + r.height / 2]; } }"
            + "return null;"), "a CONSULT bar in the timeline");
    String period = (String) bar.get(0);
    assertThat(period).isEqualTo("2025-09");
    browser.screenshot("02-dyad-timeline-npl-rus");

    int x = (int) Math.round(((Number) bar.get(1)).doubleValue() - canvas.getSize().getWidth() / 2.0);
    int y = (int) Math.round(((Number) bar.get(2)).doubleValue() - canvas.getSize().getHeight() / 2.0);
    new Actions(browser.driver).moveToElement(canvas, x, y).click().perform();
    browser.withText(By.id("period-title"), period);
    WebElement visit = browser.until(d -> d.findElements(By.cssSelector("#period-events [data-testid=event-row]"))
        .stream().filter(r -> r.getText().contains("arrived")).findFirst().orElse(null),
        "the visit ('arrived') among the period's events");
    assertThat(visit.getText()).contains("CONSULT/visit", "Batu Khasikov", "Nepal");
    browser.js("arguments[0].scrollIntoView({block: 'center'})", visit);
    browser.screenshot("03-dyad-timeline-bar-clicked-period-events");
    visit.click();
    WebElement evidence = browser.withText(By.id("evidence-text"), "arrived");
    assertThat(evidence.getText()).contains("official visit");
    assertThat(evidence.findElement(By.cssSelector("mark.m-trigger")).getText()).isEqualTo("arrived");
    browser.screenshot("04-dyad-timeline-visit-evidence");
  }

  @Test
  @Order(3)
  void theKhasikovActorPageShowsHisRole() {
    browser.open("#/actors?q=Khasikov");
    browser.clickable(By.cssSelector("[data-testid=actor-link]")).click();
    browser.withText(By.id("actor-name"), "Batu Khasikov");
    assertThat(browser.driver.findElements(By.cssSelector("[data-testid=actor-role]")))
        .extracting(WebElement::getText).contains("Head of the Republic of Kalmykia");
    assertThat(browser.driver.findElement(By.cssSelector("[data-testid=actor-facts]")).getText())
        .contains("PERSON", "RUS", "RU-KL", "GOV");
    assertThat(browser.driver.findElement(By.cssSelector("[data-testid=actor-counterparts]")).getText())
        .contains("K.P. Sharma Oli");
    assertThat(browser.driver.findElements(By.cssSelector("[data-testid=actor-latest] [data-testid=event-row]")))
        .isNotEmpty();
    browser.screenshot("05-actor-batu-khasikov");
  }

  @Test
  @Order(4)
  void theNetworkDrawsTheActorsAndANodeOpensItsPage() {
    browser.open("#/network");
    browser.withText(By.cssSelector("[data-testid=network-summary]"), "actors");
    browser.visible(By.cssSelector("#network-graph canvas"));
    @SuppressWarnings("unchecked")
    List<Object> node = (List<Object>) browser.until(d -> browser.js(
        "const g = document.getElementById('network-graph'); const cy = g && g._cyreg && g._cyreg.cy;"
            + "if (!cy) return null; const n = cy.getElementById('Batu Khasikov'); if (n.empty()) return null;"
            + "const p = n.renderedPosition(); const b = g.getBoundingClientRect();"
            + "return [p.x - b.width / 2, p.y - b.height / 2, n.data('size')];"), "Batu Khasikov in the network");
    browser.screenshot("06-network");
    WebElement graph = browser.driver.findElement(By.id("network-graph"));
    new Actions(browser.driver).moveToElement(graph, (int) Math.round(((Number) node.get(0)).doubleValue()),
        (int) Math.round(((Number) node.get(1)).doubleValue())).click().perform();
    browser.withText(By.id("actor-name"), "Batu Khasikov");
  }

  @Test
  @Order(5)
  void aDocumentShowsItsTextWithTheEventsMarked() {
    browser.open("#/documents");
    browser.clickable(By.cssSelector("[data-testid=documents-table] a")).click();
    WebElement text = browser.visible(By.id("doc-text"));
    assertThat(text.findElements(By.cssSelector("mark.m-trigger"))).isNotEmpty();
    assertThat(text.findElements(By.cssSelector("mark.m-actor"))).isNotEmpty();
    WebElement first = browser.visible(By.cssSelector("[data-testid=document-event]"));
    first.click();
    browser.until(d -> !d.findElements(By.cssSelector("#doc-text mark.focus")).isEmpty(), "the event's marks outlined");
    browser.screenshot("07-document-marked");
  }

  @Test
  @Order(6)
  void aBadParameterShowsTheApisMessage() {
    browser.open("#/events?from=2024-13-01");
    WebElement error = browser.visible(By.id("error"));
    assertThat(error.getText()).contains("400").contains("from");
    browser.screenshot("08-api-error-shown");
  }
}
