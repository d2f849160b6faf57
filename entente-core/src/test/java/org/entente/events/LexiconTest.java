package org.entente.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.actors.Gazetteer;
import org.entente.nlp.AnnotatedText;
import org.entente.nlp.Sentence;
import org.entente.testing.TestCoder;
import org.junit.jupiter.api.Test;

class LexiconTest {

  private static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE",
      "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT");

  private final Lexicon lexicon = Lexicon.load();

  @Test
  void everyEntryFiresOnItsOwnExample() {
    EventCoder coder = new EventCoder(lexicon, Gazetteer.load());
    List<String> silent = new ArrayList<>();
    for (Lexicon.Entry e : lexicon.entries()) {
      AnnotatedText at = TestCoder.nlp().annotate(e.example(), null);
      boolean fired = false;
      for (Sentence s : at.sentences()) {
        fired |= coder.triggers(s).stream().anyMatch(t -> t.entry() == e);
      }
      if (!fired) {
        silent.add("line " + e.line() + " " + e.pattern() + " :: " + e.example());
      }
    }
    assertThat(silent).as("entries that do not fire on their example").isEmpty();
  }

  @Test
  void coversAllSixteenPloverTypes() {
    Set<String> types = lexicon.entries().stream().map(Lexicon.Entry::type).collect(Collectors.toSet());
    assertThat(types).containsAll(PLOVER);
  }

  @Test
  void codesAreCameoWithTheirLeadingZeroAndNeverPublicStatements() {
    for (Lexicon.Entry e : lexicon.entries()) {
      assertThat(e.cameo()).matches("\\d{2,4}");
      assertThat(e.cameo()).doesNotStartWith("01");
      assertThat(e.example()).isNotBlank();
    }
  }
}
