/**
 * JUnit Jupiter support for the fake Cognito Identity service.
 *
 * <p>{@link dev.fakecognito.junit5.CognitoIdentityTest @CognitoIdentityTest} on a test class, or a
 * {@link dev.fakecognito.junit5.CognitoIdentityExtension} registered with {@code @RegisterExtension},
 * starts a {@link dev.fakecognito.server.FakeCognitoIdentity} (or, with {@code container = true}, a
 * {@code CognitoIdentityContainer}) and injects it, its admin contract
 * ({@link dev.fakecognito.admin.FakeAdmin}), its endpoint and SDK clients configured for it into
 * constructors, lifecycle methods, test methods and
 * {@link dev.fakecognito.junit5.InjectCognito @InjectCognito} fields.
 */
package dev.fakecognito.junit5;
