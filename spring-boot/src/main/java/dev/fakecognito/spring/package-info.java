/**
 * Spring Boot test support for the fake Cognito Identity service: {@link
 * dev.fakecognito.spring.AutoConfigureFakeCognitoIdentity} gives a test's application context an
 * in-process fake, and {@code @ServiceConnection} on a {@code CognitoIdentityContainer} gives it {@link
 * dev.fakecognito.spring.CognitoIdentityConnectionDetails}; either way {@link
 * dev.fakecognito.spring.CognitoIdentityClientAutoConfiguration} adds SDK clients pointed at the fake when
 * the application defines none. Works on Spring Boot 3.5 and 4.0.
 */
package dev.fakecognito.spring;
