package dev.fakecognito.spring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.TestContextManager;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * What a fake costs a Spring test, measured the way the TestContext framework runs a test class (not a
 * test: {@code scripts/measure-spring-context.sh} runs it in fresh JVMs on both Spring Boot lines).
 *
 * <ul>
 *   <li>context start: {@code prepareTestInstance} of a {@code @SpringBootTest} of {@link TestApplication},
 *       without the fake, with {@code @AutoConfigureFakeCognitoIdentity(fixtures = "cognito/world.yaml")}, and
 *       with it and a test that injects the auto-configured client (which builds it); the
 *       context is closed (marked dirty) after each, so every start is a new context. The first start in
 *       the JVM is cold; the first argument says which kind starts first.</li>
 *   <li>per test: {@code beforeTestMethod} + {@code afterTestMethod} on a cached context with the fake
 *       (the listener's reset and reseed of the fixtures), and without one.</li>
 * </ul>
 */
final class ContextCost {
    private static final int CONTEXTS = 15;
    private static final int TESTS = 2_000;
    private static final List<String> DESCRIPTIONS = List.of(
            "without the fake", "with the fake", "with the fake, the test injecting the auto-configured client");

    @SpringBootTest
    static class Plain {
        @Test
        void test() {}
    }

    @SpringBootTest
    @AutoConfigureFakeCognitoIdentity(fixtures = "cognito/world.yaml")
    static class WithFake {
        @Test
        void test() {}
    }

    @SpringBootTest
    @AutoConfigureFakeCognitoIdentity(fixtures = "cognito/world.yaml")
    static class WithFakeAndClient {
        @Autowired
        CognitoIdentityClient client;

        @Test
        void test() {}
    }

    private ContextCost() {}

    /**
     * Runs the measurement and prints Markdown rows.
     *
     * @param args {@code plain}, {@code fake} or {@code client}: the kind of context that starts first
     *             (cold): without the fake, with it, or with it and a test that injects the client
     */
    public static void main(String[] args) throws Exception {
        List<Class<?>> kinds = List.of(Plain.class, WithFake.class, WithFakeAndClient.class);
        List<String> names = List.of("plain", "fake", "client");
        int first = Math.max(0, names.indexOf(args.length == 0 ? "fake" : args[0]));
        String line = "Spring Boot " + SpringBootVersion.getVersion();
        System.out.printf(
                "| %s | first context in the JVM: %s | %.0f ms |%n",
                line, DESCRIPTIONS.get(first), start(kinds.get(first)) / 1e6);
        List<List<Long>> starts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = -1; i < CONTEXTS; i++) {
            for (int k = 0; k < kinds.size(); k++) {
                long took = start(kinds.get(k));
                if (i >= 0) { // the first round warms the other kinds up
                    starts.get(k).add(took);
                }
            }
        }
        for (int k = 0; k < kinds.size(); k++) {
            System.out.printf(
                    "| %s | context start: %s | median %s |%n", line, DESCRIPTIONS.get(k), millis(starts.get(k)));
        }
        System.out.printf("| %s | per test, without the fake | median %s |%n", line, micros(perTest(Plain.class)));
        System.out.printf(
                "| %s | per test, with the fake (reset + reseed) | median %s |%n",
                line, micros(perTest(WithFake.class)));
    }

    /** Starts a new context for the class, closes it, and answers how long the start took (ns). */
    private static long start(Class<?> testClass) throws Exception {
        TestContextManager manager = new TestContextManager(testClass);
        Object instance = newInstance(testClass);
        long begin = System.nanoTime();
        manager.prepareTestInstance(instance);
        long took = System.nanoTime() - begin;
        manager.getTestContext().markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
        return took;
    }

    /** The listeners' work around one test method on a cached context (ns), after warm-up. */
    private static List<Long> perTest(Class<?> testClass) throws Exception {
        TestContextManager manager = new TestContextManager(testClass);
        Object instance = newInstance(testClass);
        manager.beforeTestClass();
        manager.prepareTestInstance(instance);
        var method = testClass.getDeclaredMethod("test");
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < TESTS + 500; i++) {
            long begin = System.nanoTime();
            manager.beforeTestMethod(instance, method);
            manager.afterTestMethod(instance, method, null);
            if (i >= 500) {
                times.add(System.nanoTime() - begin);
            }
        }
        manager.getTestContext().markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
        return times;
    }

    private static Object newInstance(Class<?> testClass) throws Exception {
        var constructor = testClass.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    private static String millis(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(
                "%.0f ms (%.0f–%.0f ms)",
                sorted.get(sorted.size() / 2) / 1e6, sorted.get(0) / 1e6, sorted.get(sorted.size() - 1) / 1e6);
    }

    private static String micros(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(
                "%.0f µs, p99 %.0f µs",
                sorted.get(sorted.size() / 2) / 1e3, sorted.get((int) (sorted.size() * 0.99)) / 1e3);
    }
}
