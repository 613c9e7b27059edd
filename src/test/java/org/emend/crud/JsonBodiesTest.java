package org.emend.crud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;

import org.emend.failure.Failure;
import org.emend.web.ProblemException;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Full updates and merge patches bound to input records, without an application. */
class JsonBodiesTest {

    record IssueInput(@NotBlank String title, Integer year, String number) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonBodies BODIES = new JsonBodies(MAPPER, Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator());
    /** The representation a client read: its id, version and timestamps are the server's. */
    private static final JsonNode CURRENT = json("""
            {"id": "0192", "title": "国际问题研究", "year": 2024, "number": "6", "version": 3,
             "createdAt": "2026-12-01T10:00:00Z"}""");

    @Test
    void shouldBindARepresentationSentBackWithItsReadOnlyFieldsUnchanged() {
        JsonNode body = json("""
                {"id": "0192", "title": "和平与发展", "year": 2024, "number": "6", "version": 3,
                 "createdAt": "2026-12-01T10:00:00Z"}""");

        assertThat(BODIES.replacement(body, CURRENT, IssueInput.class, Set.of()))
                .isEqualTo(new IssueInput("和平与发展", 2024, "6"));
    }

    @Test
    void shouldRefuseAChangedReadOnlyOrFrozenFieldNamingIt() {
        JsonNode body = json("""
                {"id": "0193", "title": "国际问题研究", "year": 2025, "number": "6"}""");

        assertThatThrownBy(() -> BODIES.replacement(body, CURRENT, IssueInput.class, Set.of("year")))
                .isInstanceOfSatisfying(Failure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(Failure.Kind.INVALID);
                    assertThat(failure.fieldErrors()).extracting(Failure.FieldError::field)
                            .containsExactlyInAnyOrder("id", "year");
                });
    }

    @Test
    void shouldMergeAPatchOntoTheCurrentRepresentationANullRemovingAField() {
        JsonNode patch = json("""
                {"title": "和平与发展", "number": null}""");

        assertThat(BODIES.patched(patch, CURRENT, IssueInput.class, Set.of()))
                .isEqualTo(new IssueInput("和平与发展", 2024, null));
    }

    @Test
    void shouldRefuseABodyThatIsNoObject() {
        assertThatThrownBy(() -> BODIES.patched(json("[1, 2]"), CURRENT, IssueInput.class, Set.of()))
                .isInstanceOfSatisfying(Failure.class, failure -> assertThat(failure.kind()).isEqualTo(Failure.Kind.MALFORMED));
    }

    @Test
    void shouldNameAFieldOfTheWrongType() {
        assertThatThrownBy(() -> BODIES.patched(json("{\"year\": \"soon\"}"), CURRENT, IssueInput.class, Set.of()))
                .isInstanceOfSatisfying(ProblemException.class, refused -> assertThat(refused.problem().errors())
                        .singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("year")));
    }

    @Test
    void shouldValidateTheBoundRecord() {
        assertThatThrownBy(() -> BODIES.patched(json("{\"title\": \" \"}"), CURRENT, IssueInput.class, Set.of()))
                .isInstanceOfSatisfying(ConstraintViolationException.class, violations -> assertThat(
                        violations.getConstraintViolations()).singleElement()
                        .satisfies(violation -> assertThat(violation.getPropertyPath()).hasToString("title")));
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
