package org.entente.ingest;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.entente.EntenteException;

/**
 * Is a text English? OpenNLP's language detector with {@code langdetect-183.bin}, loaded once per process on first
 * use (the model is thread-safe; a detector is made per call). Short texts always pass: too few letters to tell.
 */
final class LanguageCheck {

  /** Texts with fewer letters pass unchecked. */
  static final int MIN_LETTERS = 200;
  /** Only this much of a text is looked at. */
  static final int SAMPLE_CHARS = 5_000;
  /** A text is rejected only when another language is this sure ... */
  static final double MIN_CONFIDENCE = 0.30;
  /** ... and English scores less than this. */
  static final double MAX_ENGLISH = 0.10;

  private LanguageCheck() {}

  private static final class Holder {
    static final LanguageDetectorModel MODEL = load();

    private static LanguageDetectorModel load() {
      try (InputStream in = LanguageCheck.class.getResourceAsStream("/langdetect-183.bin")) {
        if (in == null) {
          throw new EntenteException(
              EntenteException.Kind.CONFIG,
              "langdetect-183.bin is not on the class path (dependency org.apache.opennlp:opennlp-models-langdetect)");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new EntenteException(EntenteException.Kind.CONFIG, "cannot load langdetect-183.bin: " + e, e);
      }
    }
  }

  /** The ISO 639-3 code of the language {@code text} is in when that is surely not English; otherwise null. */
  static String notEnglish(String text) {
    String sample = sample(text);
    if (sample == null) {
      return null;
    }
    Language[] langs = predict(sample);
    if (langs.length == 0 || "eng".equals(langs[0].getLang())) {
      return null;
    }
    double english = 0;
    for (Language l : langs) {
      if ("eng".equals(l.getLang())) {
        english = l.getConfidence();
      }
    }
    return langs[0].getConfidence() >= MIN_CONFIDENCE && english < MAX_ENGLISH ? langs[0].getLang() : null;
  }

  /** The text the detector sees (case folded when mostly upper case), or null when it has too few letters. */
  static String sample(String text) {
    String s = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    if (letters < MIN_LETTERS) {
      return null;
    }
    return upper * 2 > letters ? s.toLowerCase(java.util.Locale.ROOT) : s;
  }

  /** All languages, best first. */
  static Language[] predict(String sample) {
    return new LanguageDetectorME(Holder.MODEL).predictLanguages(sample);
  }
}
