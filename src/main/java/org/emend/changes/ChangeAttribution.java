package org.emend.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.emend.users.Actor;
import org.emend.users.CurrentActor;

import io.quarkus.arc.Arc;

/**
 * Tells the change feed's triggers who is writing: the current transaction's
 * {@code emend.actor} setting, read by {@code record_change()} in the database.
 */
@ApplicationScoped
public class ChangeAttribution {

    private final EntityManager entityManager;
    private final CurrentActor actor;

    ChangeAttribution(EntityManager entityManager, CurrentActor actor) {
        this.entityManager = entityManager;
        this.actor = actor;
    }

    /** Attributes the rest of the current transaction's changes to the caller (outside a request: the system). */
    public void mark() {
        mark(Arc.container().requestContext().isActive() ? actor.get() : null);
    }

    /**
     * Attributes the rest of the current transaction's changes to {@code who}; {@code null} or
     * nobody known (the start-up import, for instance: anonymous callers cannot write) is the system.
     */
    public void mark(Actor who) {
        entityManager.createNativeQuery("SELECT set_config('emend.actor', :who, true)")
                .setParameter("who", who == null || Actor.ANONYMOUS.equals(who) ? "system" : who.name())
                .getSingleResult();
    }
}
