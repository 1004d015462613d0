package dev.fakecognito.spring;

import dev.fakecognito.admin.internal.Lease;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Resets a context's fake and seeds its fixtures again before each test method (or, with
 * {@code resetBeforeEach = false}, before the class's first test), so that a test never sees what
 * another test, of this class or of another class sharing the cached context, left behind; and fails a
 * test that would reset a fake while another test runs on it. Registered in
 * {@code META-INF/spring.factories}; it does nothing for test classes without
 * {@link AutoConfigureFakeCognitoIdentity}.
 */
class FakeCognitoIdentityTestExecutionListener extends AbstractTestExecutionListener {
    /** Set on a test's context while it runs on a fake's lease. */
    private static final String STARTED = FakeCognitoIdentityTestExecutionListener.class.getName() + ".started";

    /** After dependency injection (2000), before transactions (4000) and SQL scripts (5000). */
    @Override
    public int getOrder() {
        return 2100;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        AutoConfigureFakeCognitoIdentity annotation = annotation(testContext);
        if (annotation != null && !annotation.resetBeforeEach()) {
            lease(testContext).reseed("test class " + testContext.getTestClass().getName());
        }
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        AutoConfigureFakeCognitoIdentity annotation = annotation(testContext);
        if (annotation != null) {
            String test = testContext.getTestClass().getName() + "."
                    + testContext.getTestMethod().getName();
            Lease lease = lease(testContext);
            boolean reset = annotation.resetBeforeEach();
            lease.begin(
                    test,
                    reset,
                    "Tests that share an application context, and so its fake, must not run at the same time while"
                            + " resetBeforeEach = true: run them in the same thread (@Execution(SAME_THREAD)),"
                            + " give them different contexts, or use resetBeforeEach = false with unique names.",
                    () -> {
                        if (reset) {
                            lease.reseed(test);
                        }
                    });
            testContext.setAttribute(STARTED, Boolean.TRUE);
        }
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        if (testContext.removeAttribute(STARTED) != null) {
            lease(testContext).end();
        }
    }

    private static AutoConfigureFakeCognitoIdentity annotation(TestContext testContext) {
        return TestContextAnnotationUtils.findMergedAnnotation(
                testContext.getTestClass(), AutoConfigureFakeCognitoIdentity.class);
    }

    private static Lease lease(TestContext testContext) {
        return testContext
                .getApplicationContext()
                .getBean(FakeCognitoIdentityContextCustomizer.LEASE_BEAN, Lease.class);
    }
}
