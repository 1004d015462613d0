/**
 * AssertJ assertions on a fake Cognito Identity service: its identity pools, identities (logins,
 * developer users, merges, last roles), OpenID tokens and received requests. Start from
 * {@link dev.fakecognito.assertj.CognitoIdentityAssertions} or
 * {@link dev.fakecognito.assertj.CognitoIdentitySoftAssertions}.
 */
package dev.fakecognito.assertj;
