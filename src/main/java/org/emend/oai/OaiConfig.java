package org.emend.oai;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the OAI-PMH endpoint describes itself (Identify) and how long its lists' pages are. */
@ConfigMapping(prefix = "emend.oai")
public interface OaiConfig {

    @WithDefault("Emend")
    String repositoryName();

    /** Identifiers are oai:{this}:{article id}; a domain name the archive controls, as the oai-identifier scheme asks. */
    @WithDefault("emend.local")
    String repositoryIdentifier();

    /** Who harvesters write to; the protocol requires one. */
    @WithDefault("archive@example.org")
    String adminEmail();

    /** The endpoint's public address; {@code emend.public-url} followed by {@code oai} when not set. */
    Optional<String> baseUrl();

    /** Records per ListRecords page: JATS records carry whole articles, so pages stay short. */
    @WithDefault("50")
    int maxListRecords();

    @WithDefault("200")
    int maxListIdentifiers();

    @WithDefault("200")
    int maxListSets();
}
