package org.emend.crud;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.TypedQuery;

import org.emend.persistence.ReadOnlyReads;

import io.quarkus.hibernate.orm.panache.Panache;

/** Runs list queries a page at a time, in keyset order, in one query per page. */
public final class Lists {

    private Lists() {
    }

    public static <E, V> ListPage<V> page(Class<E> type, Filter filter, Keyset<E> keyset, PageRequest page,
            Function<E, V> view) {
        return entities(type, filter, keyset, page).map(view);
    }

    /** The page's records themselves, for callers that load more for the whole page at once. */
    public static <E> ListPage<E> entities(Class<E> type, Filter filter, Keyset<E> keyset, PageRequest page) {
        ReadOnlyReads.outsideTransactions();
        List<String> conditions = new ArrayList<>(filter.conditions());
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        if (page.after() != null) {
            conditions.add(keyset.after(page.after(), parameters));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<E> query = Panache.getEntityManager()
                .createQuery("select e from " + type.getSimpleName() + " e" + where + " order by " + keyset.orderBy(), type)
                .setMaxResults(page.limit() + 1);
        parameters.forEach(query::setParameter);
        List<E> rows = query.getResultList();
        boolean more = rows.size() > page.limit();
        List<E> shown = more ? rows.subList(0, page.limit()) : rows;
        String next = more ? keyset.cursorOf(shown.get(shown.size() - 1)) : null;
        return new ListPage<>(List.copyOf(shown), next);
    }
}
