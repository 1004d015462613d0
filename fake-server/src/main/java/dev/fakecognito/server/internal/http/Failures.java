package dev.fakecognito.server.internal.http;

import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;
import io.undertow.server.HttpServerExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the fake does when answering fails by its own fault (a bug, or the JVM itself failing), rather
 * than with an error of the service: the request gets a 500 {@code InternalErrorException} (never
 * Undertow's empty 500, never a stack trace), and the fake keeps serving.
 *
 * <p>The JVM's own failures ({@link VirtualMachineError}: out of memory, a stack overflow) are not the
 * fake's to swallow: the in-process fake shares its JVM with the user's tests, so after answering the
 * request it hands the error to the thread's uncaught-exception handler, as an error escaping any
 * thread would reach it: the JVM's default handler prints it, and a handler the user installed (to
 * fail the build, or halt) sees it. The standalone server's JVM is the fake's alone; it does the same.
 */
final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);
    private static final String OUT_OF_MEMORY = "The fake ran out of memory answering this request; it keeps"
            + " serving, and the JVM's uncaught-exception handler got the error. Give its JVM more heap (-Xmx).";
    private static final String STACK_OVERFLOW = "The fake's thread ran out of stack answering this request; it"
            + " keeps serving, and the JVM's uncaught-exception handler got the error.";
    private static final String INTERNAL = "An internal error occurred.";

    private Failures() {}

    /**
     * The error to answer a request with when answering it threw something that is not an error of the
     * service, logged; {@code null} when the answer already went out (the exchange is then ended).
     */
    static CognitoException answerFor(HttpServerExchange exchange, Throwable failure) {
        if (exchange.isResponseStarted()) {
            // The answer went out; finishing the exchange failed, e.g. the fake is being closed.
            LOG.debug(
                    "Cannot finish answering {} {}", exchange.getRequestMethod(), exchange.getRelativePath(), failure);
            exchange.endExchange();
            return null;
        }
        exchange.setPersistent(false);
        if (failure instanceof OutOfMemoryError) {
            return new CognitoException(ErrorCode.INTERNAL_ERROR, OUT_OF_MEMORY);
        }
        if (failure instanceof StackOverflowError) {
            return new CognitoException(ErrorCode.INTERNAL_ERROR, STACK_OVERFLOW);
        }
        if (!(failure instanceof VirtualMachineError)) {
            LOG.error(
                    "Internal error while answering {} {}",
                    exchange.getRequestMethod(),
                    exchange.getRelativePath(),
                    failure);
        }
        return new CognitoException(ErrorCode.INTERNAL_ERROR, INTERNAL);
    }

    /**
     * After the request was answered: hands a failure of the JVM to the current thread's
     * uncaught-exception handler (its own, else its group's, which asks the JVM's default handler);
     * anything else was logged by {@link #answerFor}.
     */
    static void report(Throwable failure) {
        if (failure instanceof VirtualMachineError) {
            Thread thread = Thread.currentThread();
            try {
                thread.getUncaughtExceptionHandler().uncaughtException(thread, failure);
            } catch (RuntimeException | Error handlerFailed) {
                // the handler's own failure must not end the I/O thread either
            }
        }
    }
}
