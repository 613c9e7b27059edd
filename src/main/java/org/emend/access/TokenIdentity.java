package org.emend.access;

import java.util.UUID;

/** Who an accepted API token is: what a request made with it acts as. */
public record TokenIdentity(UUID id, String name, TokenScope scope) {
}
