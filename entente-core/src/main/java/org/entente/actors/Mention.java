package org.entente.actors;

import java.util.Objects;

/**
 * One actor mention in one sentence: the tokens it covers and what it resolves to. The covered range is the whole
 * phrase ("the Right Honorable Prime Minister of Nepal, Mr. K.P. Sharma Oli"), so that any token of it that the
 * parser links to a trigger finds the actor. Immutable.
 *
 * @param sentence  sentence index
 * @param first     first token (inclusive)
 * @param last      last token (inclusive)
 * @param head      the token that stands for the phrase in the parse (the name's last token, the title's head)
 * @param actor     the resolved actor, its {@code text}/{@code span} being the words of this mention
 * @param form      how the text named it
 */
public record Mention(int sentence, int first, int last, int head, Actor actor, Form form) {

  /** How a mention names its actor; events treat some forms differently (a place is not an agent). */
  public enum Form {
    /** A proper name: person, country, region, organisation. */
    NAME,
    /** A title or body without a name: "the Prime Minister", "the Government of Nepal". */
    ROLE,
    /** A pronoun resolved to an earlier mention. */
    PRONOUN,
    /** A group: "Nepali students". */
    GROUP,
    /** A city or other place that may stand for its government only by metonymy. */
    PLACE,
    /**
     * A country adjective inside a larger noun phrase ("the Soviet era", "the American proposal"): it stands for
     * its state only when the parse makes that phrase an argument of a trigger, never by position alone.
     */
    MODIFIER
  }

  public Mention {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(form, "form");
    if (first > last || head < first || head > last) {
      throw new IllegalArgumentException("bad mention tokens " + first + ".." + last + " head " + head);
    }
  }

  public boolean covers(int token) {
    return first <= token && token <= last;
  }
}
