package org.emend.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A read outside a transaction runs in the request's own Hibernate session, which can write
 * nothing: its entities are best loaded read-only, so that Hibernate keeps no copy of their state
 * for a dirty check that will never run (for a footnote, a second parse of its citations). Inside
 * a transaction nothing changes: what a write loads, it may change.
 */
public final class ReadOnlyReads {

    private ReadOnlyReads() {
    }

    /** Loads what the current request reads from here on read-only, unless it is in a transaction. */
    public static void outsideTransactions() {
        if (!QuarkusTransaction.isActive()) {
            Panache.getSession().setDefaultReadOnly(true);
        }
    }
}
