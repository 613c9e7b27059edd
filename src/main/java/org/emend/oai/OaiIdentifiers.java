package org.emend.oai;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/** Item identifiers in the oai-identifier scheme: {@code oai:<repository identifier>:<article id>}. */
@ApplicationScoped
class OaiIdentifiers {

    private final String prefix;

    OaiIdentifiers(OaiConfig config) {
        this.prefix = "oai:" + config.repositoryIdentifier() + ":";
    }

    String of(UUID article) {
        return prefix + article;
    }

    /** The article an identifier names; empty when it is not one of this repository's. */
    Optional<UUID> parse(String identifier) {
        if (identifier == null || !identifier.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(identifier.substring(prefix.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    String sample() {
        return prefix + "0192f3a4-5b6c-7d8e-9f01-23456789abcd";
    }
}
