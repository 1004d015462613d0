package dev.fakecognito.junit5;

import dev.fakecognito.admin.FaultHandle;
import dev.fakecognito.model.Fault;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** The {@link CognitoFault}s of a test, as faults: its classes' (outermost first), then its method's. */
final class DeclaredFaults {
    private DeclaredFaults() {}

    static List<Session.DeclaredFault> of(ExtensionContext test, String testName) {
        List<AnnotatedElement> declarers = new ArrayList<>();
        for (Class<?> type = test.getRequiredTestClass(); type != null; type = type.getEnclosingClass()) {
            declarers.add(0, type);
        }
        test.getTestMethod().ifPresent(declarers::add);
        List<Session.DeclaredFault> faults = new ArrayList<>();
        for (AnnotatedElement declarer : declarers) {
            for (CognitoFault annotation : AnnotationSupport.findRepeatableAnnotations(declarer, CognitoFault.class)) {
                String declaration = "@CognitoFault(operation = \"" + annotation.operation() + "\") of " + testName;
                faults.add(new Session.DeclaredFault(fault(annotation, declaration), declaration));
            }
        }
        return faults;
    }

    /** The fault an annotation declares: its attributes, defaults left out. */
    static Fault fault(CognitoFault annotation, String declaration) {
        Map<String, Object> match = new LinkedHashMap<>();
        for (String member : annotation.match()) {
            int equals = member.indexOf('=');
            if (equals <= 0) {
                throw new ExtensionConfigurationException("Cannot inject " + declaration + ": match entry '" + member
                        + "' is not of the form Member=value");
            }
            match.put(member.substring(0, equals), member.substring(equals + 1));
        }
        return new Fault(
                annotation.operation(),
                annotation.error().isEmpty() ? null : annotation.error(),
                annotation.message().isEmpty() ? null : annotation.message(),
                annotation.status() == 0 ? null : annotation.status(),
                annotation.latencyMs() == 0 ? null : annotation.latencyMs(),
                annotation.connectionReset() ? Fault.CONNECTION_RESET : null,
                List.of(annotation.unprocessedIdentityIds()),
                annotation.unprocessedErrorCode().isEmpty() ? null : annotation.unprocessedErrorCode(),
                annotation.times() == CognitoFault.EVERY_CALL ? null : annotation.times(),
                annotation.probability() == 1 ? null : annotation.probability(),
                annotation.seed() == CognitoFault.RANDOM_SEED ? null : annotation.seed(),
                match);
    }

    /**
     * Publishes the seed of each fault with a probability (the fake picks one when none is declared) as
     * a report entry of the test, so that a failing run can be replayed with {@code seed = …}.
     */
    static void publishChosenSeeds(ExtensionContext test, List<FaultHandle> injected) {
        for (FaultHandle fault : injected) {
            Double probability = fault.fault().probability();
            if (probability != null && probability < 1 && fault.fault().seed() != null) {
                test.publishReportEntry(
                        "cognito-fault",
                        fault.id() + " on " + fault.fault().operation() + " drew with seed = "
                                + fault.fault().seed());
            }
        }
    }
}
