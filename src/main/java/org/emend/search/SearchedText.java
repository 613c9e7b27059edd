package org.emend.search;

import org.emend.web.EnumParameters;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which text of a block a search looks in: the current (corrected) text, the OCR original, or both. */
public enum SearchedText {
    @JsonProperty("text")
    TEXT,
    @JsonProperty("original")
    ORIGINAL,
    @JsonProperty("both")
    BOTH;

    public static SearchedText fromString(String value) {
        return EnumParameters.parse(SearchedText.class, value);
    }
}
