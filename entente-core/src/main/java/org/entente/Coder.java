package org.entente;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entente.actors.ActorResolver;
import org.entente.actors.DocumentActors;
import org.entente.actors.Gazetteer;
import org.entente.events.EventCoder;
import org.entente.events.Lexicon;
import org.entente.ingest.Document;
import org.entente.nlp.AnnotatedText;
import org.entente.nlp.NlpEngine;
import org.entente.nlp.NlpEngines;

/**
 * The front door: codes one {@link Document} into events with their evidence. The CLI, the server and the Spark
 * job all code through this class and nothing else.
 *
 * <pre>{@code
 * Coder coder = Coder.builder().build();          // loads CoreNLP once
 * CodedDocument out = coder.code(Document.of("d1", text, LocalDate.of(2025, 9, 1)));
 * }</pre>
 *
 * <p>Thread-safe: build one per process and call {@link #code} from any number of threads. Each call is a pure
 * function of the document and the reference data.
 */
public final class Coder {

  /** Documents longer than this many tokens are skipped rather than risk the parser's memory. */
  static final int DEFAULT_MAX_TOKENS = 25_000;

  private final NlpEngine nlp;
  private final ActorResolver actors;
  private final EventCoder events;
  private final int maxTokens;

  private Coder(Builder b) {
    this.nlp = b.nlp;
    this.actors = new ActorResolver(b.gazetteer);
    this.events = new EventCoder(b.lexicon, b.gazetteer);
    this.maxTokens = b.maxTokens;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Milliseconds the NLP engine spent loading its models. */
  public long modelLoadMillis() {
    return nlp.loadMillis();
  }

  /**
   * Codes one document. Never throws for a bad document: a document the NLP cannot handle comes back
   * {@link CodedDocument#skipped() skipped} with its {@link Problem}.
   */
  public CodedDocument code(Document doc) {
    Map<String, Long> nanos = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    AnnotatedText at;
    try {
      at = nlp.annotate(doc.text(), doc.date());
    } catch (NlpEngine.NlpException | StackOverflowError e) {
      nanos.put("nlp", System.nanoTime() - t0);
      return CodedDocument.skipped(doc, new Problem(doc.id(), "nlp", "parse failure: " + e.getMessage()), nanos);
    }
    long t1 = System.nanoTime();
    nanos.put("nlp", t1 - t0);
    int tokens = at.tokenCount();
    if (tokens > maxTokens) {
      return CodedDocument.skipped(doc,
          new Problem(doc.id(), "nlp", "too long (" + tokens + " tokens > " + maxTokens + ")"), nanos);
    }
    DocumentActors da = actors.resolve(at);
    long t2 = System.nanoTime();
    nanos.put("actors", t2 - t1);
    EventCoder.Result r = events.code(doc.id(), doc.date(), at, da);
    nanos.put("events", System.nanoTime() - t2);
    return new CodedDocument(doc, r.events(), at.sentences().size(), tokens, nanos, List.of(), r.unresolved());
  }

  /**
   * Configures a {@link Coder}. Immutable once built; {@link #build()} validates. Defaults: the shared CoreNLP
   * engine, the bundled gazetteer and lexicon.
   */
  public static final class Builder {
    private NlpEngine nlp;
    private Gazetteer gazetteer;
    private Lexicon lexicon;
    private int maxTokens = DEFAULT_MAX_TOKENS;

    private Builder() {}

    public Builder nlp(NlpEngine engine) {
      this.nlp = Objects.requireNonNull(engine, "engine");
      return this;
    }

    public Builder gazetteer(Gazetteer g) {
      this.gazetteer = Objects.requireNonNull(g, "gazetteer");
      return this;
    }

    public Builder lexicon(Lexicon l) {
      this.lexicon = Objects.requireNonNull(l, "lexicon");
      return this;
    }

    public Builder maxTokens(int n) {
      if (n < 1) {
        throw new EntenteException(EntenteException.Kind.USAGE, "maxTokens must be positive: " + n);
      }
      this.maxTokens = n;
      return this;
    }

    public Coder build() {
      if (gazetteer == null) {
        gazetteer = Gazetteer.load();
      }
      if (lexicon == null) {
        lexicon = Lexicon.load();
      }
      if (nlp == null) {
        nlp = NlpEngines.shared();
      }
      return new Coder(this);
    }
  }
}
