package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.server.ApiFixture.Answer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bad parameter is a 400 whose message names it, never a 500 and never a silent "everything". */
class BadParametersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "/api/events?bogus=1                 | bogus",
      "/api/events?from=2024-13            | from",
      "/api/events?to=yesterday            | to",
      "/api/events?from=2024-02-01&to=2024-01-01 | from",
      "/api/events?cursor=not-a-cursor     | cursor",
      "/api/events?cursor=%25%25%25        | cursor",
      "/api/events?quad=5                  | quad",
      "/api/events?quad=two                | quad",
      "/api/events?limit=0                 | limit",
      "/api/events?limit=501               | limit",
      "/api/events?limit=ten               | limit",
      "/api/events?limit=1&limit=2         | limit",
      "/api/events?sort=newest             | sort",
      "/api/events?type=FRIENDSHIP         | type",
      "/api/events?modality=maybe          | modality",
      "/api/events?directed=perhaps        | directed",
      "/api/events?country=Nepal           | country",
      "/api/events?region=Kalmykia         | region",
      "/api/events?cameo=4x                | cameo",
      "/api/events?b=RUS                   | b",
      "/api/events?undated=true&from=2020-01-01 | undated",
      "/api/events?q=%28unclosed           | q",
      "/api/events?type=AGREE&type=CONSULT | type",
      "/api/timeline?interval=year         | interval",
      "/api/timeline?limit=5               | limit",
      "/api/timeline?from=2024-1-1         | from",
      "/api/network?level=planet           | level",
      "/api/network?min=0                  | min",
      "/api/network?max_nodes=0            | max_nodes",
      "/api/network?max_nodes=lots         | max_nodes",
      "/api/actors?limit=0                 | limit",
      "/api/actors?name=Oli                | name",
      "/api/actors/Batu%20Khasikov?x=1     | x",
      "/api/documents?limit=-1             | limit",
      "/api/documents?cursor=%25%25        | cursor",
      "/api/documents?sort=date            | sort",
      "/api/stats?verbose=1                | verbose",
  })
  void aBadParameterIs400NamingIt(String path, String parameter) {
    Answer a = ApiFixture.get().client.get(path);
    assertThat(a.status()).as(a.body()).isEqualTo(400);
    assertThat(a.contentType()).startsWith("application/json");
    assertThat(a.json().path("status").asInt()).isEqualTo(400);
    assertThat(a.json().path("message").asText()).contains("'" + parameter + "'");
  }
}
