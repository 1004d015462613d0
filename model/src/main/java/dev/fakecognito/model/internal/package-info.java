/**
 * Internal helpers shared by the project's own modules. Not API: nothing here is covered by
 * compatibility promises, and nothing in a public signature mentions these types.
 */
package dev.fakecognito.model.internal;
