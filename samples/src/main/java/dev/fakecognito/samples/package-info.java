/**
 * Small but realistic application code using Amazon Cognito Federated Identities through the AWS SDK
 * for Java v2. Every class takes its {@code CognitoIdentityClient} in the constructor, so production
 * code passes the real client and tests pass one pointed at the fake.
 */
package dev.fakecognito.samples;
