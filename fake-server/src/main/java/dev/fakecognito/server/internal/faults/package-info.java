/**
 * Internal: fault injection. {@link dev.fakecognito.server.internal.faults.FaultRegistry} holds the
 * faults of one fake, checks new ones against the service model ({@code FaultRules}, the one check for
 * Java, HTTP and fixture documents) and decides, per API call, which fault strikes it
 * ({@link dev.fakecognito.server.internal.faults.Strike}); the protocol layer carries the strike out.
 * Not part of the public API.
 */
package dev.fakecognito.server.internal.faults;
