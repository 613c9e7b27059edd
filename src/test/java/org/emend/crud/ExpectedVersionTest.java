package org.emend.crud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.emend.failure.Failure;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** If-Match and a body's version, as RFC 9110 compares them: strong tags, {@code *}, weak tags never matching. */
class ExpectedVersionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldHoldWithoutPreconditionsAndWithAStar() {
        assertThatCode(() -> ExpectedVersion.any().check("footnote", 7)).doesNotThrowAnyException();
        assertThatCode(() -> ExpectedVersion.of(null, null).check("footnote", 7)).doesNotThrowAnyException();
        assertThatCode(() -> ExpectedVersion.of("*", null).check("footnote", 7)).doesNotThrowAnyException();
    }

    @Test
    void shouldHoldWhenOneOfTheTagsIsTheCurrentVersion() {
        assertThatCode(() -> ExpectedVersion.of("\"6\", \"7\"", null).check("footnote", 7)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ExpectedVersion.of("\"6\"", null).check("footnote", 7)).isInstanceOf(Failure.class)
                .satisfies(e -> assertThat(((Failure) e).kind()).isEqualTo(Failure.Kind.STALE_VERSION))
                .hasMessageContaining("The footnote is at version 7");
    }

    @Test
    void shouldNeverMatchWeakTags() {
        assertThatThrownBy(() -> ExpectedVersion.of("W/\"7\"", null).check("footnote", 7)).isInstanceOf(Failure.class);
    }

    @Test
    void shouldRefuseATagThatIsNotQuoted() {
        assertThatThrownBy(() -> ExpectedVersion.of("7", null)).isInstanceOf(Failure.class)
                .hasMessageContaining("quoted entity tags");
    }

    @Test
    void shouldCheckTheBodysVersionTooAndNameTheOneVersionAsked() {
        ObjectNode body = JSON.createObjectNode().put("version", 6);

        assertThatThrownBy(() -> ExpectedVersion.of("\"7\"", body).check("section", 7)).isInstanceOf(Failure.class);
        assertThatCode(() -> ExpectedVersion.of(null, body).check("section", 6)).doesNotThrowAnyException();
        assertThat(ExpectedVersion.of("\"7\"", null).single()).contains(7L);
        assertThat(ExpectedVersion.of("\"6\", \"7\"", null).single()).isEmpty();
        assertThatThrownBy(() -> ExpectedVersion.of(null, JSON.createObjectNode().put("version", 1.5)))
                .isInstanceOf(Failure.class).hasMessage("version must be a whole number");
    }
}
