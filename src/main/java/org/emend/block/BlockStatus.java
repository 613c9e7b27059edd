package org.emend.block;

import org.emend.web.EnumParameters;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a text block stands in correction: as imported, corrected by an editor, checked by another. */
public enum BlockStatus {
    @JsonProperty("raw")
    RAW,
    @JsonProperty("corrected")
    CORRECTED,
    @JsonProperty("verified")
    VERIFIED;

    /** Parses the lower-case name the API uses, in query parameters too. */
    public static BlockStatus fromString(String value) {
        return EnumParameters.parse(BlockStatus.class, value);
    }
}
