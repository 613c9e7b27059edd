package org.emend.testing;

import java.util.Arrays;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The fast run ({@code ./mvnw test -Pfast}): tests that start the application are left out, so that
 * the plain ones (the OCR pipeline, the structure benchmark, rules and parsers) answer in a minute.
 * Registered by JUnit's extension autodetection; acts only where the profile sets {@code emend.tests.fast}.
 */
public class ApplicationTestsLeftOut implements ExecutionCondition {

    /** Set by the profile: Quarkus turns extension autodetection on for every run, so it alone does not say. */
    private static final String FAST_RUN = "emend.tests.fast";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!Boolean.getBoolean(FAST_RUN)) {
            return ConditionEvaluationResult.enabled("the whole suite");
        }
        // By name: Quarkus loads its test classes, and their annotations, in a class loader of its own
        boolean application = context.getTestClass().map(type -> Arrays.stream(type.getAnnotations())
                .anyMatch(annotation -> annotation.annotationType().getName().equals(QuarkusTest.class.getName())))
                .orElse(false);
        return application ? ConditionEvaluationResult.disabled("starts the application: left out of the fast run")
                : ConditionEvaluationResult.enabled("plain test");
    }
}
