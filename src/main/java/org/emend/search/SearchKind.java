package org.emend.search;

import java.util.Locale;

import org.emend.web.EnumParameters;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a search hit is: a text block, or an article's title. */
public enum SearchKind {
    @JsonProperty("section")
    SECTION,
    @JsonProperty("footnote")
    FOOTNOTE,
    @JsonProperty("abstract")
    ABSTRACT,
    @JsonProperty("title")
    TITLE;

    /** The name in queries, answers and cursors. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SearchKind fromString(String value) {
        return EnumParameters.parse(SearchKind.class, value);
    }
}
