package org.emend.testing;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionScoped;

/** Counts the transactions begun in the application, for tests of what must need none. */
@ApplicationScoped
public class TransactionsBegun {

    private final AtomicInteger count = new AtomicInteger();

    void begun(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        count.incrementAndGet();
    }

    public int count() {
        return count.get();
    }
}
