/**
 * Internal: a {@link dev.fakecognito.model.World} into a fake's state, checked like the API calls that
 * would create the same things ({@code WorldSeeder}), and the state back into a world
 * ({@code WorldSnapshots}). Not part of the public API.
 */
package dev.fakecognito.server.internal.seeding;
