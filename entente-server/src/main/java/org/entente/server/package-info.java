/**
 * The HTTP face: Javalin routes of the read-only JSON API ({@code docs/api.md}), the one place that maps exceptions
 * to statuses, and the web explorer's static assets. Holds no coding or query logic: routes call
 * {@link org.entente.query.Analyst} and, for {@code --watch}, the core {@link org.entente.Coder}.
 */
package org.entente.server;
