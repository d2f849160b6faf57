/**
 * Linguistic annotation: sentences, tokens with offsets into the original text, POS, lemmas, coarse NER,
 * dependency parses and normalised dates. {@link org.entente.nlp.NlpEngine} is the only door; the CoreNLP
 * implementation is package-private so that no other stage sees CoreNLP's types.
 */
package org.entente.nlp;
