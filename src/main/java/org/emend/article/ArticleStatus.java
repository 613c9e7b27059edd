package org.emend.article;

import org.emend.web.EnumParameters;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether an article is still being prepared or is public. */
public enum ArticleStatus {
    @JsonProperty("draft")
    DRAFT,
    @JsonProperty("published")
    PUBLISHED;

    /** Parses the lower-case name the API uses, in query parameters too. */
    public static ArticleStatus fromString(String value) {
        return EnumParameters.parse(ArticleStatus.class, value);
    }
}
