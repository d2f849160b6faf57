package org.entente.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The main text of an HTML page, by text density (after Readability): boilerplate elements (nav, header, footer,
 * aside, script, style, form, ...) and elements whose class or id says "menu", "share", "related" and the like are
 * dropped; every paragraph of 25+ chars scores its parent and grandparent by its length and commas, discounted by
 * its share of link text; the best-scoring container wins, with any siblings that score nearly as well; link
 * lists inside it are dropped. The text is one block element a line. Stateless and thread-safe.
 */
final class HtmlExtractor {

  /** What a page yields. */
  record Extracted(String text, String title, LocalDate date, String url, String source) {}

  private static final String DROP = "nav, header, footer, aside, script, style, form, noscript, iframe, svg, "
      + "button, template, select, input, textarea, object, embed, canvas, figure, dialog, "
      + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], "
      + "[hidden], [aria-hidden=true]";
  private static final Pattern UNLIKELY = Pattern.compile("(?i)comment|cookie|consent|share|sharing|social|related"
      + "|recommend|promo|advert|\\bads?\\b|sponsor|newsletter|subscribe|signup|popup|modal|breadcrumb|menu"
      + "|sidebar|widget|masthead|skip|footer|header|\\bnav|banner|pagination|pager|toolbar|byline-social");
  private static final Pattern MAYBE = Pattern.compile("(?i)article|content|main|body|story|column|entry|text|post");
  private static final Pattern POSITIVE =
      Pattern.compile("(?i)article|body|content|entry|main|page|post|text|blog|story");
  private static final Pattern NEGATIVE =
      Pattern.compile("(?i)comment|meta|footer|footnote|related|share|sidebar|sponsor|widget|promo|\\bad-|caption");
  private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "caption",
      "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
      "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
      "summary", "table", "tbody", "thead", "tfoot", "tr", "ul");
  private static final int MIN_PARAGRAPH = 25;

  private HtmlExtractor() {}

  static Extracted extract(org.jsoup.nodes.Document html) {
    String title = TxtSource.blankToNull(meta(html, "meta[property=og:title], meta[name=og:title]"));
    if (title == null) {
      title = TxtSource.blankToNull(html.title().strip());
    }
    String url = TxtSource.blankToNull(meta(html, "meta[property=og:url]"));
    if (url == null) {
      Element canonical = html.selectFirst("link[rel=canonical][href]");
      url = canonical == null ? null : TxtSource.blankToNull(canonical.attr("href"));
    }
    String source = TxtSource.blankToNull(meta(html, "meta[property=og:site_name]"));
    LocalDate date = date(html);

    Element body = html.body();
    if (body == null) {
      return new Extracted("", title, date, url, source);
    }
    body.select(DROP).remove();
    removeUnlikely(body);
    List<Element> parts = mainContent(body);
    List<String> lines = new ArrayList<>();
    for (Element part : parts) {
      dropLinkLists(part);
      lines(part, lines);
    }
    return new Extracted(String.join("\n", lines), title, date, url, source);
  }

  private static String meta(org.jsoup.nodes.Document html, String query) {
    Element e = html.selectFirst(query);
    return e == null ? null : e.attr("content").strip();
  }

  private static LocalDate date(org.jsoup.nodes.Document html) {
    for (Element e : html.select("meta[property=article:published_time], meta[name=article:published_time], "
        + "meta[name=date], meta[name=pubdate], meta[property=og:published_time], meta[itemprop=datePublished], "
        + "meta[name=dc.date], meta[name=DC.date.issued]")) {
      LocalDate d = Dates.iso(e.attr("content"));
      if (d != null) {
        return d;
      }
    }
    for (Element e : html.select("time[datetime]")) {
      LocalDate d = Dates.iso(e.attr("datetime"));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static void removeUnlikely(Element body) {
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      if (e == body || tag.equals("article") || tag.equals("main") || tag.equals("a")) {
        continue;
      }
      String names = e.id() + " " + e.className();
      if (names.isBlank()) {
        continue;
      }
      if (UNLIKELY.matcher(names).find() && !MAYBE.matcher(names).find()) {
        doomed.add(e);
      }
    }
    doomed.forEach(Element::remove);
  }

  /** The best-scoring container and its well-scoring siblings, in document order. */
  private static List<Element> mainContent(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : body.select("p, pre, blockquote, td, dd, div, section")) {
      if ((p.normalName().equals("div") || p.normalName().equals("section")) && hasBlockChild(p)) {
        continue; // only text-holding divs count as paragraphs
      }
      String t = p.text();
      if (t.length() < MIN_PARAGRAPH) {
        continue;
      }
      double s = (1 + count(t, ',') + Math.min(t.length() / 100.0, 3.0)) * (1 - linkDensity(p));
      Element parent = p.parent();
      for (int level = 0; parent != null && level < 3; level++, parent = parent.parent()) {
        double share = level == 0 ? 1 : level == 1 ? 0.5 : 1 / 6.0;
        scores.merge(parent, initial(parent) + s * share, (a, b) -> a + s * share);
      }
    }
    Element best = null;
    double bestScore = 0;
    Map<Element, Double> finals = new IdentityHashMap<>();
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double f = e.getValue() * (1 - linkDensity(e.getKey()));
      finals.put(e.getKey(), f);
      if (f > bestScore) {
        bestScore = f;
        best = e.getKey();
      }
    }
    if (best == null) {
      return List.of(body);
    }
    Element parent = best.parent();
    if (best == body || parent == null || parent.normalName().equals("html")) {
      return List.of(best);
    }
    double threshold = Math.max(10, bestScore * 0.2);
    List<Element> parts = new ArrayList<>();
    for (Element sib : parent.children()) {
      if (sib == best || finals.getOrDefault(sib, 0.0) >= threshold) {
        parts.add(sib);
      } else if (sib.normalName().equals("p")) {
        String t = sib.text();
        double ld = linkDensity(sib);
        if ((t.length() > 80 && ld < 0.25) || (t.length() >= MIN_PARAGRAPH && ld == 0 && t.matches(".*\\.( .*)?"))) {
          parts.add(sib);
        }
      }
    }
    return parts;
  }

  private static double initial(Element e) {
    double s = switch (e.normalName()) {
      case "article", "main" -> 10;
      case "div" -> 5;
      case "pre", "td", "blockquote", "section" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return s + classWeight(e);
  }

  private static double classWeight(Element e) {
    String names = e.id() + " " + e.className();
    double w = 0;
    if (NEGATIVE.matcher(names).find()) {
      w -= 25;
    }
    if (POSITIVE.matcher(names).find()) {
      w += 25;
    }
    return w;
  }

  private static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      if (BLOCKS.contains(c.normalName())) {
        return true;
      }
    }
    return false;
  }

  /** Lists and boxes that are mostly links ("Read more", related stories) inside the chosen content. */
  private static void dropLinkLists(Element part) {
    Elements inner = part.select("ul, ol, div, section, table, p, dl");
    for (int i = inner.size() - 1; i >= 0; i--) { // innermost first
      Element e = inner.get(i);
      if (e != part && e.parent() != null && !e.text().isBlank() && linkDensity(e) > 0.5) {
        e.remove();
      }
    }
  }

  static double linkDensity(Element e) {
    int len = e.text().length();
    if (len == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1.0, links / (double) len);
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /** Appends the text of {@code root} to {@code lines}, one block element a line. */
  private static void lines(Element root, List<String> lines) {
    StringBuilder line = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.getWholeText();
          if (inPre(t)) {
            String[] parts = s.split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
              if (i > 0) {
                flush(line, lines);
              }
              line.append(parts[i]);
            }
          } else {
            line.append(s);
          }
        } else if (node instanceof Element e) {
          String tag = e.normalName();
          if (BLOCKS.contains(tag) || tag.equals("br")) {
            flush(line, lines);
          } else if (tag.equals("td") || tag.equals("th")) {
            line.append(' ');
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          flush(line, lines);
        }
      }
    }, root);
    flush(line, lines);
  }

  private static boolean inPre(Node n) {
    for (Node p = n.parentNode(); p != null; p = p.parentNode()) {
      if (p instanceof Element e && e.normalName().equals("pre")) {
        return true;
      }
    }
    return false;
  }

  private static void flush(StringBuilder line, List<String> lines) {
    String s = line.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    if (!s.isEmpty()) {
      lines.add(s);
    }
    line.setLength(0);
  }
}
