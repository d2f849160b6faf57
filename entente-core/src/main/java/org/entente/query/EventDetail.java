package org.entente.query;

import org.entente.events.Event;

/** An event with the document it came from. Immutable. */
public record EventDetail(Event event, DocumentView.Summary document) {}
