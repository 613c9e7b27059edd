package org.emend.block;

import org.emend.web.EnumParameters;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of text block editors correct, with the name their collection has in the API. */
public enum BlockKind {
    @JsonProperty("section")
    SECTION("sections"),
    @JsonProperty("footnote")
    FOOTNOTE("footnotes"),
    @JsonProperty("abstract")
    ABSTRACT("abstracts");

    private final String collection;

    BlockKind(String collection) {
        this.collection = collection;
    }

    /** The path segment of the kind's collection: {@code sections}, {@code footnotes}, {@code abstracts}. */
    public String collection() {
        return collection;
    }

    public static BlockKind fromString(String value) {
        for (BlockKind kind : values()) {
            if (kind.collection.equals(value)) {
                return kind;
            }
        }
        return EnumParameters.parse(BlockKind.class, value);
    }
}
