package org.emend.oai;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.emend.article.contents.ArticleContents;
import org.emend.xml.XmlText;

import io.gdcc.xoai.dataprovider.DataProvider;
import io.gdcc.xoai.dataprovider.model.Context;
import io.gdcc.xoai.dataprovider.repository.Repository;
import io.gdcc.xoai.dataprovider.repository.RepositoryConfiguration;
import io.gdcc.xoai.model.oaipmh.DeletedRecord;
import io.gdcc.xoai.model.oaipmh.Error;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.OAIPMH;
import io.gdcc.xoai.services.impl.SimpleResumptionTokenFormat;
import io.gdcc.xoai.xml.XmlWriter;

/**
 * Answers OAI-PMH requests with XOAI's data provider, which checks the arguments, pages lists
 * and reports the protocol's errors; Emend supplies the items and sets. Resumption tokens carry
 * their whole state (offset, from, until, set, format), so they survive a restart and work on
 * any replica.
 */
@ApplicationScoped
public class OaiProvider {

    private final EntityManager entityManager;
    private final ArticleContents contents;
    private final OaiIdentifiers identifiers;
    private final OaiConfig config;

    OaiProvider(EntityManager entityManager, ArticleContents contents, OaiIdentifiers identifiers, OaiConfig config) {
        this.entityManager = entityManager;
        this.contents = contents;
        this.identifiers = identifiers;
        this.config = config;
    }

    /** The response to a request's arguments; {@code baseUrl} is the endpoint's public address. */
    public Response handle(Map<String, String[]> arguments, String baseUrl, String apiBase) {
        OaiItems items = new OaiItems(entityManager, contents, identifiers, apiBase);
        String endpoint = config.baseUrl().orElse(baseUrl);
        RepositoryConfiguration configuration = new RepositoryConfiguration.RepositoryConfigurationBuilder()
                .withRepositoryName(config.repositoryName())
                .withAdminEmail(config.adminEmail())
                .withBaseUrl(endpoint)
                .withEarliestDate(items.earliestDatestamp())
                .withGranularity(Granularity.Second)
                .withResumptionTokenFormat(new SimpleResumptionTokenFormat().withGranularity(Granularity.Second))
                .withDeleteMethod(DeletedRecord.PERSISTENT)
                .withMaxListRecords(config.maxListRecords())
                .withMaxListIdentifiers(config.maxListIdentifiers())
                .withMaxListSets(config.maxListSets())
                .build();
        Repository repository = new Repository(configuration).withItemRepository(items)
                .withSetRepository(new OaiSets(entityManager));
        Context context = Context.context().withMetadataFormat(OaiFormats.dublinCore()).withMetadataFormat(OaiFormats.jats());
        return new Response(readable(new DataProvider(context, repository).handle(arguments)), configuration);
    }

    /** XOAI puts what a bad resumption token decodes to in its message: keep only what XML can carry. */
    private static OAIPMH readable(OAIPMH response) {
        if (response.getErrors().stream()
                .allMatch(
                        error -> error.getMessage() == null || XmlText.clean(error.getMessage()).equals(error.getMessage()))) {
            return response;
        }
        OAIPMH cleaned = new OAIPMH().withRequest(response.getRequest()).withResponseDate(response.getResponseDate());
        for (Error error : response.getErrors()) {
            String message = error.getMessage() == null ? null : XmlText.clean(error.getMessage());
            cleaned.withError(new Error(message).withCode(error.getCode()));
        }
        return cleaned;
    }

    /** A response, written when the HTTP answer is. */
    public record Response(OAIPMH oaipmh, RepositoryConfiguration configuration) {

        public void write(OutputStream out) throws IOException {
            try (XmlWriter writer = new XmlWriter(out, configuration)) {
                writer.writeStartDocument();
                oaipmh.write(writer);
                writer.writeEndDocument();
            } catch (XMLStreamException e) {
                throw new IOException(e);
            }
        }
    }
}
