package org.emend.users;

import java.util.Objects;
import java.util.UUID;

/**
 * Who makes a change or a request, as history and access rules see it: a signed-in account,
 * an API token, or nobody known (an unauthenticated request, the importer).
 *
 * @param userId the account, or {@code null}
 * @param tokenId the API token, or {@code null}
 * @param name what history shows: the username, {@code token <name>}, {@code anonymous}
 * @param admin an admin account or an admin-scope token
 * @param writer may change records: an account, or a write- or admin-scope token
 */
public record Actor(UUID userId, UUID tokenId, String name, boolean admin, boolean writer) {

    public static final Actor ANONYMOUS = new Actor(null, null, "anonymous", false, false);

    public static Actor of(User user) {
        return new Actor(user.id, null, user.username, user.isAdmin(), true);
    }

    /** Someone identified: an account or a token. */
    public boolean known() {
        return userId != null || tokenId != null;
    }

    /** Whether two actors are the same account or the same token. */
    public boolean same(Actor other) {
        return other != null && known() && Objects.equals(userId, other.userId) && Objects.equals(tokenId, other.tokenId);
    }
}
