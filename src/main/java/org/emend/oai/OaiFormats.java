package org.emend.oai;

import io.gdcc.xoai.dataprovider.model.MetadataFormat;

/** The metadata formats the repository disseminates: simple Dublin Core, and the whole article as JATS. */
final class OaiFormats {

    static final String OAI_DC = "oai_dc";
    static final String JATS = "jats";

    private OaiFormats() {
    }

    static MetadataFormat dublinCore() {
        return MetadataFormat.metadataFormat(OAI_DC).withNamespace(DublinCoreWriter.OAI_DC)
                .withSchemaLocation(DublinCoreWriter.OAI_DC_SCHEMA).withTransformer(MetadataFormat.identity());
    }

    static MetadataFormat jats() {
        return MetadataFormat.metadataFormat(JATS).withNamespace(org.emend.jats.JatsWriter.NAMESPACE)
                .withSchemaLocation("https://jats.nlm.nih.gov/archiving/1.3/xsd/JATS-archivearticle1-3.xsd")
                .withTransformer(MetadataFormat.identity());
    }
}
