package org.emend.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.emend.article.IssuePublication;
import org.emend.journal.Journal;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Imports the sample that ships with Emend (国际问题研究 2024 No. 6) on a first start, when
 * {@code emend.import.demo} is on (in dev mode by default) and the database has no journal,
 * so a newcomer sees real content at once: published, as every reader of the API and of
 * OAI-PMH sees it without a token.
 */
@ApplicationScoped
public class DemoSample {

    private static final Logger LOG = Logger.getLogger(DemoSample.class);
    static final String RESOURCE = "/samples/intl-studies-2024-06-critical-minerals.txt";

    private final ImportService imports;
    private final ImportConfig config;
    private final IssuePublication publication;

    DemoSample(ImportService imports, ImportConfig config, IssuePublication publication) {
        this.imports = imports;
        this.config = config;
        this.publication = publication;
    }

    void importOnFirstStart(@Observes StartupEvent event) {
        if (!config.demo() || Journal.count() > 0) {
            return;
        }
        ImportView imported = imports.importDump(sample(),
                new ImportRequest(null, "国际问题研究", "International Studies", null, 2024,
                        null, "6", "美国关键矿产安全联盟", "The Critical Minerals Security Alliance of the United States", List.of("李冰"),
                        "zh",
                        null, "intl-studies-2024-06-critical-minerals.txt", false));
        publication.publish(imported.issueId());
        LOG.infof("Imported and published the bundled sample (emend.import.demo=true): %d pages, %d footnotes, article %s",
                imported.report().counts().pages(), imported.report().counts().footnotes(), imported.articleIds().get(0));
    }

    private static byte[] sample() {
        try (InputStream in = DemoSample.class.getResourceAsStream(RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled sample is missing", e);
        }
    }
}
