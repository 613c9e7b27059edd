package org.emend.crud;

import java.util.UUID;

/** A record's representation: its stable id and the version its ETag is made from. */
public interface Versioned {

    UUID id();

    Long version();
}
