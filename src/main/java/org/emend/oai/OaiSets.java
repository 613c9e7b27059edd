package org.emend.oai;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.emend.persistence.Rows;

import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.dataprovider.repository.SetRepository;

/**
 * Sets by journal and by issue, as a hierarchy: {@code journal-<id>} holds every article of the
 * journal, {@code journal-<id>:issue-<id>} those of one issue. Issues appear once published.
 */
final class OaiSets implements SetRepository {

    /** A set's spec, and the journal (and issue) it selects. */
    record Spec(UUID journal, UUID issue) {

        private static final Pattern SPEC = Pattern.compile("journal-([0-9a-f-]{36})(?::issue-([0-9a-f-]{36}))?");

        static String journal(UUID journal) {
            return "journal-" + journal;
        }

        static String issue(UUID journal, UUID issue) {
            return journal(journal) + ":issue-" + issue;
        }

        static Optional<Spec> parse(String spec) {
            Matcher matcher = SPEC.matcher(spec);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Spec(UUID.fromString(matcher.group(1)),
                        matcher.group(2) == null ? null : UUID.fromString(matcher.group(2))));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    private final EntityManager entityManager;

    OaiSets(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public boolean supportSets() {
        return true;
    }

    /** Each journal followed by its published issues, oldest first. */
    @Override
    public List<Set> getSets() {
        List<JournalIssue> rows = Rows.list(entityManager.createNativeQuery("""
                SELECT j.id AS journal_id, j.title, i.id AS issue_id, i.year, i.volume, i.number
                FROM journal j LEFT JOIN issue i ON i.journal_id = j.id AND i.published_on <= :today
                ORDER BY j.title, j.id, i.year, i.volume NULLS FIRST, i.number NULLS FIRST, i.id""")
                .setParameter("today", LocalDate.now(ZoneOffset.UTC)), JournalIssue.class);
        List<Set> sets = new ArrayList<>();
        UUID journal = null;
        for (JournalIssue row : rows) {
            if (!row.journalId().equals(journal)) {
                journal = row.journalId();
                sets.add(new Set(Spec.journal(journal)).withName(row.title()));
            }
            if (row.issueId() != null) {
                StringBuilder name = new StringBuilder(row.title()).append(", ").append(row.year());
                if (row.volume() != null) {
                    name.append(", vol. ").append(row.volume());
                }
                if (row.number() != null) {
                    name.append(", no. ").append(row.number());
                }
                sets.add(new Set(Spec.issue(journal, row.issueId())).withName(name.toString()));
            }
        }
        return sets;
    }

    /** A journal with one of its published issues, or with none ({@code issueId} null). */
    private record JournalIssue(UUID journalId, String title, UUID issueId, Integer year, String volume, String number) {
    }

    @Override
    public boolean exists(String setSpec) {
        Optional<Spec> spec = Spec.parse(setSpec);
        if (spec.isEmpty()) {
            return false;
        }
        String sql = spec.get().issue() == null ? "SELECT count(*) FROM journal WHERE id = :journal"
                : "SELECT count(*) FROM issue WHERE id = :issue AND journal_id = :journal";
        var query = entityManager.createNativeQuery(sql).setParameter("journal", spec.get().journal());
        if (spec.get().issue() != null) {
            query.setParameter("issue", spec.get().issue());
        }
        return ((Number) query.getSingleResult()).longValue() > 0;
    }
}
