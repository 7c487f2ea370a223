/**
 * The gateway, Courier's public API. Besides its own packages, this WAR takes from
 * {@code service-support} (its README lists every piece) the problem-document mappers, strict
 * JSON-B, request limits, the web fragment that answers 401/403 as problems, and the liveness and
 * startup checks, all active without code here; and, by name, {@code Outages} in its
 * {@code DownstreamErrors}, {@code ServiceCredentials} on its REST clients, {@code Problems} and the
 * idempotency headers.
 */
package dev.courier.gateway;
