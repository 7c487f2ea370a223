/**
 * The payment service. Besides its own packages, this WAR takes from the shared jars it depends on
 * (their READMEs list every piece): from {@code service-support}, the problem-document mappers,
 * strict JSON-B, request limits, the web fragment that answers 401/403 as problems, and the
 * liveness and startup checks, all active without code here; from {@code messaging-support}, the
 * schema migrations (applied from {@code db/migration} before JPA validates), the hourly inbox
 * retention and the broker readiness check, also without code here, plus the listener base
 * {@code ChainEventListener} and the inbox entity {@code ProcessedEvent} (listed in
 * {@code persistence.xml}) that its code names.
 */
package dev.courier.payment;
