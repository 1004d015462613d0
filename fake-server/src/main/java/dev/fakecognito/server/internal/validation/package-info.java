/**
 * Internal: request validation driven by the cognito-identity API model. {@link
 * dev.fakecognito.server.internal.validation.ServiceModel} reads the model bundled on the classpath and {@link
 * dev.fakecognito.server.internal.validation.RequestValidator} checks a request body against an operation's input
 * shape, first for JSON types ({@code SerializationException}), then for the model's constraints
 * ({@code ValidationException}, Coral message format). No operation has a hand-written validator: every
 * check comes from the model's shapes.
 */
package dev.fakecognito.server.internal.validation;
