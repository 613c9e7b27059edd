package org.emend.replace;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.emend.web.EnumParameters;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a find and replace looks: one article, one issue, or one journal. */
public record Scope(@NotNull Kind kind, @NotNull UUID id) {

    public enum Kind {
        @JsonProperty("article")
        ARTICLE,
        @JsonProperty("issue")
        ISSUE,
        @JsonProperty("journal")
        JOURNAL;

        public static Kind fromString(String value) {
            return EnumParameters.parse(Kind.class, value);
        }
    }

    /** The HQL condition on a block alias {@code b} that keeps it within the scope. */
    String condition() {
        return switch (kind) {
            case ARTICLE -> "b.article.id = :scope";
            case ISSUE -> "b.article.issue.id = :scope";
            case JOURNAL -> "b.article.issue.journal.id = :scope";
        };
    }
}
