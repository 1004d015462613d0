/**
 * A Testcontainers module for the fake Cognito Identity service: {@link
 * dev.fakecognito.testcontainers.CognitoIdentityContainer} runs the fake's container image, seeds it
 * and reads its state back as a {@link dev.fakecognito.model.World}.
 */
package dev.fakecognito.testcontainers;
