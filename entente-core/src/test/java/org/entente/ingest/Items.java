package org.entente.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.entente.Problem;

/** Test helpers: run an {@link Ingest} to the end, write files, find test resources. */
final class Items {

  private Items() {}

  static List<Ingested> readAll(Ingest ingest, Path... inputs) {
    List<Ingested> out = new ArrayList<>();
    try (DocumentStream s = ingest.open(List.of(inputs))) {
      s.forEachRemaining(out::add);
    }
    return out;
  }

  static List<Document> documents(List<Ingested> items) {
    return items.stream().map(Ingested::document).filter(Objects::nonNull).toList();
  }

  static List<Problem> problems(List<Ingested> items) {
    return items.stream().map(Ingested::problem).filter(Objects::nonNull).toList();
  }

  static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path resource(String name) {
    try {
      return Paths.get(Objects.requireNonNull(Items.class.getResource(name), name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A paragraph of French, written for these tests. */
  static final String FRENCH = """
      Le ministre des Affaires étrangères a reçu mardi son homologue allemand à Paris pour une journée \
      d'entretiens consacrés à la sécurité européenne et à la situation au Proche-Orient. Les deux responsables \
      ont convenu de renforcer la coopération entre leurs services diplomatiques et de préparer ensemble le \
      prochain sommet de l'Union européenne, prévu à Bruxelles au début du mois de décembre.
      Selon un communiqué publié à l'issue de la rencontre, les deux pays souhaitent également relancer les \
      négociations commerciales avec leurs partenaires africains, suspendues depuis l'été dernier.
      """;

  /** A paragraph of German, written for these tests. */
  static final String GERMAN = """
      Die Bundesregierung hat am Mittwoch angekündigt, die humanitäre Hilfe für die vom Erdbeben betroffenen \
      Regionen deutlich aufzustocken. Nach Angaben des Auswärtigen Amtes sollen zusätzlich zwanzig Millionen \
      Euro bereitgestellt werden, die über die Vereinten Nationen und mehrere Hilfsorganisationen verteilt \
      werden. Die Außenministerin sagte nach einem Telefonat mit ihrem Amtskollegen, man werde die \
      Zusammenarbeit beim Wiederaufbau in den kommenden Monaten eng abstimmen.
      """;

  /** A paragraph of English news, written for these tests. */
  static final String ENGLISH = """
      The foreign ministers of Arandia and Belvoria met in Kelm on Thursday and agreed to sign a treaty on \
      sharing the waters of the Tessa river, ending a dispute that has strained relations between the two \
      neighbours for a decade. A joint commission will monitor the river's flow, officials said.
      """;
}
