package org.entente.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.entente.EntenteException;
import org.entente.EntenteException.Kind;
import org.entente.events.Event;
import org.entente.events.EventJson;
import org.entente.store.EventStore;

/**
 * Full-text search over evidence sentences (Lucene, English stemming: "invitation" finds "invited"). The index is
 * derived data: {@link #sync} brings it up to date with a store (documents added, re-coded or gone since the last
 * sync, told apart by their {@code coded_at} stamp), so it can always be deleted and rebuilt.
 *
 * <p><b>Threads.</b> Thread-safe: searches run concurrently with each other and with a sync; {@link #sync} calls are
 * serialised. One process at a time may hold an on-disk index (Lucene's write lock).
 */
public final class EvidenceIndex implements AutoCloseable {

  /** Events matched by one search at most; a broader query is cut, best matches first. */
  public static final int MAX_HITS = 10_000;

  private static final String ID = "event_id";
  private static final String DOC = "doc_id";
  private static final String STAMP = "stamp";
  private static final String KIND = "kind";
  private static final String TEXT = "text";

  private final Directory dir;
  private final String where;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private EvidenceIndex(Directory dir, String where) throws IOException {
    this.dir = dir;
    this.where = where;
    this.writer = new IndexWriter(dir, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    this.searchers = new SearcherManager(writer, null);
  }

  /**
   * Opens (creating when absent) the index in a folder.
   *
   * @throws EntenteException {@code IO} when the folder cannot be used or another process holds the index
   */
  public static EvidenceIndex open(Path folder) {
    try {
      Files.createDirectories(folder);
      return new EvidenceIndex(FSDirectory.open(folder), folder.toString());
    } catch (LockObtainFailedException e) {
      throw new EntenteException(Kind.IO, "the search index " + folder + " is in use by another process", e);
    } catch (IOException e) {
      throw new EntenteException(Kind.IO, "cannot open the search index " + folder + ": " + e.getMessage(), e);
    }
  }

  /** A private index in memory, for stores without a folder of their own ({@code :memory:}, PostgreSQL). */
  public static EvidenceIndex inMemory() {
    try {
      return new EvidenceIndex(new ByteBuffersDirectory(), "memory");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The folder beside a DuckDB file where its index lives by default: {@code events.duckdb} → {@code events.duckdb.index}. */
  public static Path besideDatabase(Path databaseFile) {
    return databaseFile.resolveSibling(databaseFile.getFileName() + ".index");
  }

  /**
   * Brings the index up to date with {@code store}.
   *
   * @return how many documents were (re)indexed or removed
   */
  public synchronized int sync(EventStore store) {
    Map<String, String> stored = store.read("document stamps", c -> {
      Map<String, String> out = new HashMap<>();
      try (PreparedStatement p = c.prepareStatement("SELECT doc_id, CAST(coded_at AS VARCHAR) FROM documents");
           ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.put(r.getString(1), r.getString(2));
        }
      }
      return out;
    });
    try {
      Map<String, String> indexed = indexedStamps();
      List<String> changed = new ArrayList<>();
      stored.forEach((doc, stamp) -> {
        if (!stamp.equals(indexed.get(doc))) {
          changed.add(doc);
        }
      });
      int touched = 0;
      for (String doc : indexed.keySet()) {
        if (!stored.containsKey(doc)) {
          writer.deleteDocuments(new Term(DOC, doc));
          touched++;
        }
      }
      for (String doc : changed) {
        writer.deleteDocuments(new Term(DOC, doc));
        for (Event e : store.events(doc)) {
          Document d = new Document();
          d.add(new StringField(ID, e.eventId(), Field.Store.YES));
          d.add(new StringField(DOC, doc, Field.Store.NO));
          d.add(new StringField(KIND, "event", Field.Store.NO));
          d.add(new TextField(TEXT, e.evidence().text(), Field.Store.NO));
          writer.addDocument(d);
        }
        Document marker = new Document();
        marker.add(new StringField(DOC, doc, Field.Store.YES));
        marker.add(new StringField(KIND, "stamp", Field.Store.NO));
        marker.add(new StoredField(STAMP, stored.get(doc)));
        writer.addDocument(marker);
        touched++;
      }
      if (touched > 0) {
        writer.commit();
        searchers.maybeRefreshBlocking();
      }
      return touched;
    } catch (IOException e) {
      throw new EntenteException(Kind.IO, "cannot update the search index " + where + ": " + e.getMessage(), e);
    }
  }

  private Map<String, String> indexedStamps() throws IOException {
    searchers.maybeRefreshBlocking();
    IndexSearcher s = searchers.acquire();
    try {
      Map<String, String> out = new HashMap<>();
      var hits = s.search(new TermQuery(new Term(KIND, "stamp")), Math.max(1, s.getIndexReader().numDocs()));
      for (ScoreDoc h : hits.scoreDocs) {
        Document d = s.storedFields().document(h.doc);
        out.put(d.get(DOC), d.get(STAMP));
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Event ids whose evidence matches, best first, at most {@link #MAX_HITS}.
   *
   * @param query Lucene query syntax; plain words must all match
   * @throws EntenteException {@code USAGE} naming parameter {@code q} when the query does not parse
   */
  public List<String> search(String query) {
    QueryParser parser = new QueryParser(TEXT, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    Query q;
    try {
      q = parser.parse(query);
    } catch (ParseException e) {
      throw EventFilter.usage("q", "is not a valid search (" + firstLine(e.getMessage()) + "): '" + query + "'");
    }
    try {
      IndexSearcher s = searchers.acquire();
      try {
        var bq = new org.apache.lucene.search.BooleanQuery.Builder()
            .add(q, org.apache.lucene.search.BooleanClause.Occur.MUST)
            .add(new TermQuery(new Term(KIND, "event")), org.apache.lucene.search.BooleanClause.Occur.FILTER)
            .build();
        List<String> out = new ArrayList<>();
        for (ScoreDoc h : s.search(bq, MAX_HITS).scoreDocs) {
          out.add(s.storedFields().document(h.doc).get(ID));
        }
        return out;
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new EntenteException(Kind.IO, "cannot search the index " + where + ": " + e.getMessage(), e);
    }
  }

  /** Number of events indexed. */
  public int size() {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return s.count(new TermQuery(new Term(KIND, "event")));
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new EntenteException(Kind.IO, "cannot read the index " + where, e);
    }
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  @Override
  public synchronized void close() {
    try {
      searchers.close();
      writer.close();
      dir.close();
    } catch (IOException e) {
      throw new EntenteException(Kind.IO, "cannot close the search index " + where, e);
    }
  }
}
