/**
 * The model users read and write: a fake's whole world ({@link dev.fakecognito.model.World}, its
 * pools, identities and merges) and its request journal ({@link dev.fakecognito.model.RequestLog},
 * {@link dev.fakecognito.model.RecordedRequest}). Plain records, the same for a fake in this JVM and
 * one in a container.
 */
package dev.fakecognito.model;
