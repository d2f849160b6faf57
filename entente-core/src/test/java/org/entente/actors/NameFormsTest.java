package org.entente.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Name forms read back from mention words; names invented for this test. */
class NameFormsTest {

  @Test
  void theNameIsCutFromTitlesHonorificsAndComplements() {
    assertThat(NameForms.nameIn("Chilean Foreign Minister Ana Soto", "Ana Soto")).isEqualTo("Ana Soto");
    assertThat(NameForms.nameIn("Mr. Soto", "Ana Soto")).isEqualTo("Soto");
    assertThat(NameForms.nameIn("Ana Soto, the Foreign Minister of Chile", "Ana Soto")).isEqualTo("Ana Soto");
    assertThat(NameForms.nameIn("President Jonas Dahl of Norway", "Jonas Dahl")).isEqualTo("Jonas Dahl");
    assertThat(NameForms.nameIn("Soto's", "Ana Soto")).isEqualTo("Soto");
    assertThat(NameForms.nameIn("the Right Honorable Prime Minister, Mr. K.P. Lama Thapa", "K.P. Lama Thapa"))
        .isEqualTo("K.P. Lama Thapa");
  }

  @Test
  void particlesAndHyphenatedNamesKeepTheirForm() {
    assertThat(NameForms.nameIn("Iraqi Prime Minister Haider al-Rubaie", "Haider al-Rubaie"))
        .isEqualTo("Haider al-Rubaie");
    assertThat(NameForms.nameIn("President al-Rubaie", "Haider al-Rubaie")).isEqualTo("al-Rubaie");
    assertThat(NameForms.nameIn("Rubaie", "Haider al-Rubaie")).isEqualTo("Rubaie");
    assertThat(NameForms.nameIn("Senator Maria de la Cruz", "Maria de la Cruz")).isEqualTo("Maria de la Cruz");
  }

  @Test
  void pronounsAndRoleMentionsHaveNoNameForm() {
    assertThat(NameForms.nameIn("he", "Ana Soto")).isNull();
    assertThat(NameForms.nameIn("the Foreign Minister", "Ana Soto")).isNull();
    assertThat(NameForms.nameIn("A spokesman", "Lev A. Orlov")).isNull();
  }

  @Test
  void aliasesLeaveOutTheNameItselfAndItsBareSurname() {
    List<String> words = List.of("Chinese Premier Li Qiang", "Li", "Mr. Qiang", "he", "Premier Li Qiang");
    assertThat(NameForms.aliases("Li Qiang", words)).containsExactly("Li");
    assertThat(NameForms.aliases("K.P. Lama Thapa", List.of("Mr. K.P. Thapa", "Thapa", "Prime Minister Thapa")))
        .containsExactly("K.P. Thapa");
    assertThat(NameForms.aliases("Haider al-Rubaie", List.of("al-Rubaie", "Rubaie", "Mr. al-Rubaie")))
        .containsExactly("Rubaie");
  }
}
