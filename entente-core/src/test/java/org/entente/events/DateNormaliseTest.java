package org.entente.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateNormaliseTest {

  @Test
  void fullAndPartialCalendarDatesPassThrough() {
    assertThat(EventCoder.normalise("1956-07-05", null)).isEqualTo("1956-07-05");
    assertThat(EventCoder.normalise("2025-09", null)).isEqualTo("2025-09");
    assertThat(EventCoder.normalise("1991", null)).isEqualTo("1991");
  }

  @Test
  void aMonthOfAnUnknownYearStaysUnknownWithoutADocumentDate() {
    assertThat(EventCoder.normalise("THIS P1Y INTERSECT XXXX-09", null)).isEqualTo("XXXX-09");
    assertThat(EventCoder.normalise("XXXX-09", null)).isEqualTo("XXXX-09");
  }

  @Test
  void aMonthTakesTheDocumentYearWhenThereIsOne() {
    assertThat(EventCoder.normalise("XXXX-09-12", LocalDate.of(2024, 1, 3))).isEqualTo("2024-09-12");
  }

  @Test
  void referencesThatAreNoCalendarDateGiveNothing() {
    assertThat(EventCoder.normalise("PRESENT_REF", null)).isNull();
    assertThat(EventCoder.normalise("FUTURE_REF", LocalDate.of(2024, 1, 3))).isNull();
    assertThat(EventCoder.normalise("PXY", null)).isNull();
    assertThat(EventCoder.normalise("20XX", null)).isNull();
    assertThat(EventCoder.normalise("0056", null)).isNull();
  }
}
