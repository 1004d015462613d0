/** A Spring Boot service using Cognito Identity; its tests show the three ways to test it against the fake. */
package dev.fakecognito.samples.spring;
