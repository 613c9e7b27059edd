package org.emend.oai;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.model.oaipmh.results.record.Metadata;

/** One article as an OAI-PMH item: its header, and its metadata once written. */
record OaiItem(String identifier, UUID articleId, Instant datestamp, List<Set> sets, boolean deleted, Metadata metadata)
        implements
            Item {

    OaiItem withMetadata(Metadata written) {
        return new OaiItem(identifier, articleId, datestamp, sets, deleted, written);
    }

    @Override
    public String getIdentifier() {
        return identifier;
    }

    @Override
    public Instant getDatestamp() {
        return datestamp;
    }

    @Override
    public List<Set> getSets() {
        return sets;
    }

    @Override
    public boolean isDeleted() {
        return deleted;
    }

    @Override
    public Metadata getMetadata() {
        return metadata;
    }
}
