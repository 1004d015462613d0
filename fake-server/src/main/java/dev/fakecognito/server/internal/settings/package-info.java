/**
 * Settings given as values (from the command line, the environment, an annotation or Spring properties)
 * applied to a fake's builder. Not API.
 */
package dev.fakecognito.server.internal.settings;
