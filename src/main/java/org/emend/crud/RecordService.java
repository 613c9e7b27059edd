package org.emend.crud;

import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.emend.changes.ChangeAttribution;
import org.emend.persistence.Lookups;
import org.emend.persistence.ReadOnlyReads;
import org.emend.persistence.VersionedEntity;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Reading, replacing, patching and deleting one kind of record, each write in one
 * transaction. Writes lock the row first ({@code SELECT ... FOR UPDATE}), so concurrent
 * writers queue up and the precondition is checked against the version they will change:
 * of two writes based on the same version, the second gets 412.
 *
 * @param <E> the entity
 * @param <I> the input record clients send
 * @param <V> the representation clients get
 */
public abstract class RecordService<E extends VersionedEntity, I, V extends Versioned> {

    @Inject
    JsonBodies bodies;

    @Inject
    ChangeAttribution attribution;

    private final Class<E> entityType;
    private final Class<I> inputType;
    private final String kind;

    protected RecordService(Class<E> entityType, Class<I> inputType, String kind) {
        this.entityType = entityType;
        this.inputType = inputType;
        this.kind = kind;
    }

    /** The representation of a record. */
    protected abstract V view(E entity);

    /** Copies a validated input onto the record, checking the rules that need the database. */
    protected abstract void apply(I input, E entity);

    /** Input fields that are set on creation and read-only afterwards. */
    protected Set<String> frozenFields() {
        return Set.of();
    }

    /** The record's state before a write, handed to {@link #afterWrite}; none by default. */
    protected Object snapshot(E entity) {
        return null;
    }

    /** Runs after a replace or patch is flushed, with the state {@link #snapshot} took before it. */
    protected void afterWrite(E entity, Object before, I input) {
    }

    /** Refuses or prepares a deletion; {@code cascade} says the caller asked to delete children too. */
    protected void beforeDelete(E entity, boolean cascade) {
    }

    public V get(UUID id) {
        ReadOnlyReads.outsideTransactions();
        E entity = find(id);
        checkReadable(entity);
        return view(entity);
    }

    /** Refuses to show a record the caller may not read; everyone may read by default. */
    protected void checkReadable(E entity) {
    }

    @Transactional
    public V replace(UUID id, ExpectedVersion expected, JsonNode body) {
        E entity = lock(id);
        expected.check(kind, entity.version);
        return write(entity, bodies.replacement(body, bodies.tree(view(entity)), inputType, frozenFields()));
    }

    @Transactional
    public V patch(UUID id, ExpectedVersion expected, JsonNode patch) {
        E entity = lock(id);
        expected.check(kind, entity.version);
        return write(entity, bodies.patched(patch, bodies.tree(view(entity)), inputType, frozenFields()));
    }

    private V write(E entity, I input) {
        attribution.mark();
        Object before = snapshot(entity);
        apply(input, entity);
        entityManager().flush();
        afterWrite(entity, before, input);
        return flushed(entity);
    }

    @Transactional
    public void delete(UUID id, ExpectedVersion expected, boolean cascade) {
        E entity = lock(id);
        expected.check(kind, entity.version);
        beforeDelete(entity, cascade);
        attribution.mark();
        entity.delete();
        entityManager().flush();
    }

    public String kind() {
        return kind;
    }

    protected E find(UUID id) {
        return Lookups.require(entityType, id, kind);
    }

    protected E lock(UUID id) {
        return Lookups.requireForUpdate(entityType, id, kind);
    }

    /** Stores a new record and returns its representation, version and times set. */
    protected V created(E entity) {
        attribution.mark();
        entity.persist();
        return flushed(entity);
    }

    protected V flushed(E entity) {
        entityManager().flush();
        return view(entity);
    }

    protected static EntityManager entityManager() {
        return Panache.getEntityManager();
    }
}
