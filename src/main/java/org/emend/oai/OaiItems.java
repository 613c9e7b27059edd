package org.emend.oai;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.emend.article.contents.ArticleContent;
import org.emend.article.contents.ArticleContents;
import org.emend.jats.JatsWriter;
import org.emend.persistence.Rows;

import io.gdcc.xoai.dataprovider.exceptions.InternalOAIException;
import io.gdcc.xoai.dataprovider.exceptions.handler.HandlerException;
import io.gdcc.xoai.dataprovider.exceptions.handler.IdDoesNotExistException;
import io.gdcc.xoai.dataprovider.exceptions.handler.NoMatchesException;
import io.gdcc.xoai.dataprovider.filter.ScopedFilter;
import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.ItemIdentifier;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.dataprovider.repository.ItemRepository;
import io.gdcc.xoai.dataprovider.repository.ResultsPage;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.model.oaipmh.results.record.Metadata;

/**
 * The repository's items: one per published article, and a deleted record (kept for good:
 * deletedRecord is persistent) for each article that was published once and is gone or no longer
 * shown. Listed in id order, which never changes, and no item leaves the list once in it, so
 * offsets in resumption tokens stay right while records change between pages; the one exception
 * is a list with an until date, which an edited record leaves (XOAI's tokens carry an offset, not
 * a position by id). Selected by datestamp (oai_item, kept by the change-feed trigger) and by
 * journal or issue set.
 */
final class OaiItems implements ItemRepository {

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    /**
     * An item's datestamp: its latest change, or the day its issue came out if that is later (an
     * article appears to harvesters only from then, so it must not carry an earlier date). An
     * article set back to draft, or whose issue is not out, is deleted for harvesters: the change
     * that withdrew it moved its datestamp, so incremental harvests hear of it.
     */
    private static final String ITEMS = """
            FROM (SELECT o.article_id, o.issue_id, o.journal_id, NOT shown.shown AS deleted,
                         date_trunc('second', CASE WHEN shown.shown
                             THEN greatest(o.datestamp, i.published_on::timestamp AT TIME ZONE 'UTC')
                             ELSE o.datestamp END) AS datestamp
                  FROM oai_item o
                  LEFT JOIN article a ON a.id = o.article_id
                  LEFT JOIN issue i ON i.id = o.issue_id
                  CROSS JOIN LATERAL (SELECT NOT o.deleted AND coalesce(a.status = 'published'
                                                AND i.published_on <= :today, false) AS shown) shown
                  WHERE o.ever_published OR shown.shown) item
            """;

    private final EntityManager entityManager;
    private final ArticleContents contents;
    private final OaiIdentifiers identifiers;
    private final String apiBase;

    OaiItems(EntityManager entityManager, ArticleContents contents, OaiIdentifiers identifiers, String apiBase) {
        this.entityManager = entityManager;
        this.contents = contents;
        this.identifiers = identifiers;
        this.apiBase = apiBase;
    }

    /** The earliest datestamp of any item; now when there is none yet. */
    Instant earliestDatestamp() {
        Object earliest = query("SELECT min(item.datestamp) " + ITEMS, Map.of()).getSingleResult();
        return earliest == null ? Instant.now().truncatedTo(ChronoUnit.SECONDS) : instant(earliest);
    }

    @Override
    public ItemIdentifier getItemIdentifier(String identifier) throws IdDoesNotExistException {
        return find(identifier).orElseThrow(() -> new IdDoesNotExistException("No record " + identifier));
    }

    @Override
    public Item getItem(String identifier, MetadataFormat format) throws HandlerException {
        OaiItem item = find(identifier).orElseThrow(() -> new IdDoesNotExistException("No record " + identifier));
        return withMetadata(List.of(item), format).get(0);
    }

    @Override
    public ResultsPage<ItemIdentifier> getItemIdentifiers(List<ScopedFilter> filters, MetadataFormat format,
            int maxResponseLength, ResumptionToken.Value token) throws HandlerException {
        Page page = page(maxResponseLength, token);
        return new ResultsPage<>(token, page.more(), new ArrayList<>(page.items()), page.total());
    }

    @Override
    public ResultsPage<Item> getItems(List<ScopedFilter> filters, MetadataFormat format, int maxResponseLength,
            ResumptionToken.Value token) throws HandlerException {
        Page page = page(maxResponseLength, token);
        return new ResultsPage<>(token, page.more(), new ArrayList<>(withMetadata(page.items(), format)), page.total());
    }

    private record Page(List<OaiItem> items, boolean more, int total) {
    }

    private Page page(int size, ResumptionToken.Value token) throws NoMatchesException {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> parameters = new HashMap<>();
        if (token.hasFrom()) {
            where.append(" AND item.datestamp >= :from");
            parameters.put("from", OffsetDateTime.ofInstant(token.getFrom(), ZoneOffset.UTC));
        }
        if (token.hasUntil()) {
            // XOAI has moved until one second on, for datestamps finer than seconds: exclusive here
            where.append(" AND item.datestamp < :until");
            parameters.put("until", OffsetDateTime.ofInstant(token.getUntil(), ZoneOffset.UTC));
        }
        if (token.hasSetSpec()) {
            OaiSets.Spec spec = OaiSets.Spec.parse(token.getSetSpec()).orElseThrow(
                    () -> new NoMatchesException("No set " + token.getSetSpec()));
            where.append(" AND item.journal_id = :journal");
            parameters.put("journal", spec.journal());
            if (spec.issue() != null) {
                where.append(" AND item.issue_id = :issue");
                parameters.put("issue", spec.issue());
            }
        }
        int total = ((Number) query("SELECT count(*) " + ITEMS + where, parameters).getSingleResult()).intValue();
        Map<String, Object> pageParameters = new HashMap<>(parameters);
        pageParameters.put("offset", (int) token.getOffset());
        pageParameters.put("limit", size);
        List<ItemRow> rows = Rows.list(
                query("SELECT item.article_id, item.issue_id, item.journal_id, item.deleted, item.datestamp "
                        + ITEMS + where + " ORDER BY item.article_id OFFSET :offset LIMIT :limit", pageParameters),
                ItemRow.class);
        List<OaiItem> items = rows.stream().map(this::item).toList();
        return new Page(items, token.getOffset() + items.size() < total, total);
    }

    private Optional<OaiItem> find(String identifier) {
        Optional<UUID> id = identifiers.parse(identifier);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        List<ItemRow> rows = Rows
                .list(query("SELECT item.article_id, item.issue_id, item.journal_id, item.deleted, item.datestamp "
                        + ITEMS + " WHERE item.article_id = :id", Map.of("id", id.get())), ItemRow.class);
        return rows.stream().findFirst().map(this::item);
    }

    private Query query(String sql, Map<String, Object> parameters) {
        Query query = entityManager.createNativeQuery(sql);
        query.setParameter("today", LocalDate.now(ZoneOffset.UTC));
        parameters.forEach(query::setParameter);
        return query;
    }

    private record ItemRow(UUID articleId, UUID issueId, UUID journalId, boolean deleted, Instant datestamp) {
    }

    private OaiItem item(ItemRow row) {
        List<Set> sets = List.of(new Set(OaiSets.Spec.journal(row.journalId())),
                new Set(OaiSets.Spec.issue(row.journalId(), row.issueId())));
        return new OaiItem(identifiers.of(row.articleId()), row.articleId(), row.datestamp(), sets, row.deleted(), null);
    }

    /** The items with their metadata in the format asked for, the articles loaded together. */
    private List<OaiItem> withMetadata(List<OaiItem> items, MetadataFormat format) {
        Map<UUID, ArticleContent> loaded = contents.load(items.stream().filter(item -> !item.isDeleted())
                .map(OaiItem::articleId).toList());
        List<OaiItem> withMetadata = new ArrayList<>(items.size());
        for (OaiItem item : items) {
            ArticleContent content = loaded.get(item.articleId());
            withMetadata.add(content == null ? item : item.withMetadata(metadata(content, format)));
        }
        return withMetadata;
    }

    private Metadata metadata(ArticleContent content, MetadataFormat format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(bytes, "UTF-8");
            if (OaiFormats.JATS.equals(format.getPrefix())) {
                new JatsWriter(xml).write(content, JatsWriter.NAMESPACE);
            } else {
                new DublinCoreWriter(xml).write(content, apiBase + "articles/" + content.article().id);
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw new InternalOAIException(e);
        }
        return Metadata.copyFromStream(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }
}
