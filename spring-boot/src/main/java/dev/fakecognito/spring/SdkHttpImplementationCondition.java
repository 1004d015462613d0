package dev.fakecognito.spring;

import java.util.ServiceLoader;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;

/**
 * Whether the AWS SDK can build a client of one kind: an HTTP implementation of that kind is on the
 * classpath (found the way the SDK finds it, through {@link ServiceLoader}) or named by the SDK's system
 * property. Without one, building the client would fail the whole context.
 */
abstract class SdkHttpImplementationCondition extends SpringBootCondition {
    private final String kind;
    private final String serviceInterface;
    private final String systemProperty;

    SdkHttpImplementationCondition(String kind, String serviceInterface, String systemProperty) {
        this.kind = kind;
        this.serviceInterface = serviceInterface;
        this.systemProperty = systemProperty;
    }

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        if (System.getProperty(systemProperty) != null) {
            return ConditionOutcome.match(kind + " HTTP client named by " + systemProperty);
        }
        ClassLoader loader = context.getClassLoader();
        if (!ClassUtils.isPresent(serviceInterface, loader)) {
            return ConditionOutcome.noMatch(serviceInterface + " is not on the classpath");
        }
        Class<?> service = ClassUtils.resolveClassName(serviceInterface, loader);
        return ServiceLoader.load(service, loader).stream().findFirst().isPresent()
                ? ConditionOutcome.match(kind + " HTTP client on the classpath")
                : ConditionOutcome.noMatch("no " + kind + " HTTP client (" + serviceInterface + ") on the classpath");
    }

    /** A synchronous HTTP client (Apache, URL connection, CRT, …). */
    static final class Sync extends SdkHttpImplementationCondition {
        Sync() {
            super("sync", "software.amazon.awssdk.http.SdkHttpService", "software.amazon.awssdk.http.service.impl");
        }
    }

    /** An asynchronous HTTP client (Netty, CRT). */
    static final class Async extends SdkHttpImplementationCondition {
        Async() {
            super(
                    "async",
                    "software.amazon.awssdk.http.async.SdkAsyncHttpService",
                    "software.amazon.awssdk.http.async.service.impl");
        }
    }
}
