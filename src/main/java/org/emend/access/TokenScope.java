package org.emend.access;

import org.emend.web.EnumParameters;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an API token may do: read, also write, or also manage tokens. */
public enum TokenScope {
    @JsonProperty("read")
    READ,
    @JsonProperty("write")
    WRITE,
    @JsonProperty("admin")
    ADMIN;

    public static TokenScope fromString(String value) {
        return EnumParameters.parse(TokenScope.class, value);
    }

    public boolean writes() {
        return this != READ;
    }
}
