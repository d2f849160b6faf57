package org.entente.ingest;

/**
 * The checks every document's text passes, whatever its format: binary, empty, too long, not English. Immutable
 * and thread-safe.
 */
final class Checks {

  static final String BINARY = "not text (binary)";
  static final String EMPTY = "empty";

  private final int maxChars;
  private final boolean languageCheck;

  Checks(int maxChars, boolean languageCheck) {
    this.maxChars = maxChars;
    this.languageCheck = languageCheck;
  }

  /** Why {@code text} must be skipped, or null when it is fine. */
  String reject(String text) {
    if (isBinary(text)) {
      return BINARY;
    }
    if (text.isBlank()) {
      return EMPTY;
    }
    if (text.length() > maxChars) {
      return tooLong(text.length());
    }
    if (languageCheck) {
      String lang = LanguageCheck.notEnglish(text);
      if (lang != null) {
        return "not English (" + lang + ")";
      }
    }
    return null;
  }

  String tooLong(long chars) {
    return "too long (" + chars + " chars > " + maxChars + ")";
  }

  int maxChars() {
    return maxChars;
  }

  /** A NUL, or more than 10% control or replacement characters (line breaks and tabs are fine). */
  static boolean isBinary(CharSequence text) {
    int bad = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
        bad++;
      }
    }
    return n > 0 && bad * 10L > n;
  }

  /** How many U+FFFD replacement characters {@code text} holds. */
  static int replacements(CharSequence text) {
    int r = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\uFFFD') {
        r++;
      }
    }
    return r;
  }
}
