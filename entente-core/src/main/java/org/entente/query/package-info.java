/**
 * Questions analysts ask of the stored events: filtered and paged event lists, dyad timelines, actor profiles,
 * networks, documents with their marks, full-text search of evidence (Lucene) and exports. {@link
 * org.entente.query.Analyst} is the front door; every face (the CLI's {@code export}, the server's API) goes through
 * it, so a filter means the same everywhere. SQL here runs on every engine the store supports.
 */
package org.entente.query;
