package org.emend.users;

import java.util.UUID;

/**
 * Who makes a change, as history records it: a signed-in account, or nobody known (an
 * unauthenticated API call, the importer).
 *
 * @param userId the account, or {@code null}
 * @param name what history shows: the username, {@code anonymous} or {@code import}
 */
public record Actor(UUID userId, String name, boolean admin) {

    public static final Actor ANONYMOUS = new Actor(null, "anonymous", false);

    public static Actor of(User user) {
        return new Actor(user.id, user.username, user.isAdmin());
    }

    public boolean known() {
        return userId != null;
    }
}
