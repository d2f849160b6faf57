package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.entente.testing.TestCoder;
import org.junit.jupiter.api.Test;

class CoreNlpEngineTest {

  private final NlpEngine nlp = TestCoder.nlp();

  @Test
  void tokenOffsetsPointIntoTheOriginalText() {
    String text = "  The “Honorable” Jane Roe—the envoy—met officials in São Paulo.\nSecond line (here).";
    AnnotatedText at = nlp.annotate(text, null);
    for (Sentence s : at.sentences()) {
      for (Token t : s.tokens()) {
        assertThat(t.span().of(text)).isEqualTo(t.word());
      }
      assertThat(s.span().of(text)).startsWith(s.tokens().get(0).word());
    }
  }

  @Test
  void aLineBreakEndsASentenceAndAParagraph() {
    String text = "Historical Foundations\nThe two states signed a treaty. They met again.";
    AnnotatedText at = nlp.annotate(text, null);
    assertThat(at.sentences()).hasSize(3);
    assertThat(at.sentences().get(0).paragraph()).isEqualTo(0);
    assertThat(at.sentences().get(1).paragraph()).isEqualTo(1);
    assertThat(at.sentences().get(2).paragraph()).isEqualTo(1);
  }

  @Test
  void everySentenceHasADependencyTreeWithOneRoot() {
    AnnotatedText at = nlp.annotate("The Chilean minister met her Peruvian counterpart in Lima.", null);
    Sentence s = at.sentences().get(0);
    assertThat(s.deps().stream().filter(d -> d.head() == -1)).hasSize(1);
    assertThat(s.deps()).hasSize(s.tokens().size());
    Token met = s.tokens().get(3);
    assertThat(met.lemma()).isEqualTo("meet");
    assertThat(s.children(met.index())).anyMatch(d -> d.relation().equals("nsubj"));
  }

  @Test
  void relativeDatesStayPartialWithoutADocumentDate() {
    AnnotatedText at = nlp.annotate("The summit will be held in Astana in September this year.", null);
    assertThat(at.timexes()).anySatisfy(t -> assertThat(t.value()).endsWith("XXXX-09"));
  }

  @Test
  void relativeDatesResolveAgainstTheDocumentDate() {
    AnnotatedText at = nlp.annotate("The summit will be held in Astana in September this year.",
        LocalDate.of(2024, 3, 1));
    assertThat(at.timexes()).anySatisfy(t -> assertThat(t.value()).isEqualTo("2024-09"));
  }

  @Test
  void explicitDatesAreNormalised() {
    AnnotatedText at = nlp.annotate("Relations were established on March 3, 1961.", null);
    assertThat(at.timexes()).anySatisfy(t -> assertThat(t.value()).isEqualTo("1961-03-03"));
  }
}
