package org.emend.console.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * The pages an editor has just left through "save and go to the next page", newest last, so the
 * next page is never one of them: carried in the page's address, at most {@link #KEPT} of them.
 */
public record Trail(List<UUID> pages) {

    static final int KEPT = 20;

    /** The trail a form or an address sent; what is not a page id is left out. */
    public static Trail parse(String text) {
        List<UUID> pages = new ArrayList<>();
        if (text != null) {
            for (String part : text.split(",")) {
                try {
                    pages.add(UUID.fromString(part.strip()));
                } catch (IllegalArgumentException ignored) {
                    // a damaged trail only shortens the memory of pages left
                }
            }
        }
        return new Trail(last(new ArrayList<>(new LinkedHashSet<>(pages))));
    }

    public Trail plus(UUID page) {
        List<UUID> longer = new ArrayList<>(pages);
        longer.remove(page);
        longer.add(page);
        return new Trail(last(longer));
    }

    public boolean isEmpty() {
        return pages.isEmpty();
    }

    @Override
    public String toString() {
        return String.join(",", pages.stream().map(UUID::toString).toList());
    }

    private static List<UUID> last(List<UUID> pages) {
        return Collections.unmodifiableList(pages.subList(Math.max(0, pages.size() - KEPT), pages.size()));
    }
}
