/**
 * Internal helpers of the admin contract shared by the project's own modules (the JSON of faults on
 * the {@code /_fake/faults} endpoints, written by the fake and read by its client). Not API.
 */
package dev.fakecognito.admin.internal;
