package org.entente.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.entente.Span;

/**
 * Stanford CoreNLP behind {@link NlpEngine}. CoreNLP's string-keyed properties and annotation maps stay in
 * this class; nothing else in Entente imports {@code edu.stanford}.
 *
 * <p>Only the annotators we use are loaded: tokenize, ssplit, pos, lemma, coarse NER with SUTime (for dates),
 * and the neural dependency parser. Fine-grained NER is off: it costs most of NER's time and our gazetteer and
 * title rules do its job better. Thread-safe: CoreNLP's annotators may be called from several threads.
 */
final class CoreNlpEngine implements NlpEngine {

  private final StanfordCoreNLP pipeline;
  private final long loadMillis;

  CoreNlpEngine() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    // Paragraph breaks are sentence breaks: headlines and list items have no final period. Ingest unwraps
    // hard-wrapped formats (Reuters) so that a line is a paragraph.
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("tokenize.options", "ptb3Escaping=false,normalizeParentheses=false,"
        + "normalizeOtherBrackets=false,invertible=true,untokenizable=noneKeep");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("sutime.markTimeRanges", "false");
    p.setProperty("depparse.extradependencies", "NONE");
    long t0 = System.nanoTime();
    this.pipeline = new StanfordCoreNLP(p);
    this.loadMillis = (System.nanoTime() - t0) / 1_000_000;
  }

  @Override
  public long loadMillis() {
    return loadMillis;
  }

  @Override
  public AnnotatedText annotate(String text, LocalDate documentDate) {
    Annotation doc = new Annotation(text);
    if (documentDate != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
    }
    try {
      pipeline.annotate(doc);
    } catch (RuntimeException | OutOfMemoryError e) {
      throw new NlpException("CoreNLP failed: " + e, e);
    }
    int[] paragraphOf = paragraphStarts(text);
    List<Sentence> sentences = new ArrayList<>();
    List<Timex> timexes = new ArrayList<>();
    List<CoreMap> maps = doc.get(CoreAnnotations.SentencesAnnotation.class);
    for (int si = 0; si < maps.size(); si++) {
      CoreMap sm = maps.get(si);
      List<CoreLabel> labels = sm.get(CoreAnnotations.TokensAnnotation.class);
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        Span span = new Span(l.beginPosition(), l.endPosition());
        tokens.add(new Token(i, span, span.of(text), l.tag(), l.lemma(), l.ner()));
      }
      List<Dependency> deps = new ArrayList<>();
      SemanticGraph g = sm.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (g != null) {
        for (var root : g.getRoots()) {
          deps.add(new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
          deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
              e.getRelation().toString()));
        }
      }
      Span sspan = new Span(sm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          sm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      sentences.add(new Sentence(si, sspan, paragraph(paragraphOf, sspan.start()), tokens, deps));
      collectTimexes(text, si, labels, timexes);
    }
    return new AnnotatedText(text, sentences, timexes);
  }

  /**
   * Groups runs of tokens that SUTime tagged with one normalised value into one {@link Timex}. CoreNLP puts the
   * normalisation on each token (NormalizedNamedEntityTagAnnotation) when entity mentions are not built.
   */
  private static void collectTimexes(String text, int si, List<CoreLabel> labels, List<Timex> out) {
    int i = 0;
    while (i < labels.size()) {
      CoreLabel l = labels.get(i);
      String ner = l.ner();
      String value = l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      if (!isTemporal(ner) || value == null || value.isEmpty()) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < labels.size() && ner.equals(labels.get(j + 1).ner())
          && value.equals(labels.get(j + 1).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))) {
        j++;
      }
      Span span = new Span(l.beginPosition(), labels.get(j).endPosition());
      out.add(new Timex(span, si, i, j, ner, value));
      i = j + 1;
    }
  }

  private static boolean isTemporal(String ner) {
    return "DATE".equals(ner) || "TIME".equals(ner) || "DURATION".equals(ner) || "SET".equals(ner);
  }

  /** Start offsets of paragraphs: a paragraph begins after one or more line breaks. */
  private static int[] paragraphStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        int j = i;
        while (j + 1 < text.length() && Character.isWhitespace(text.charAt(j + 1))) {
          j++;
        }
        if (j + 1 < text.length()) {
          starts.add(j + 1);
        }
        i = j;
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int paragraph(int[] starts, int offset) {
    int idx = java.util.Arrays.binarySearch(starts, offset);
    return idx >= 0 ? idx : Math.max(0, -idx - 2);
  }
}
