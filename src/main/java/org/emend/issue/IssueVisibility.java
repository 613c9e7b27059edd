package org.emend.issue;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.emend.crud.Filter;
import org.emend.failure.Failure;
import org.emend.users.CurrentActor;

import io.quarkus.arc.Arc;

/**
 * What an anonymous caller may read of issues: those published, once their {@code publishedOn} date
 * has come. Tokens and editors see everything.
 */
@ApplicationScoped
public class IssueVisibility {

    private final CurrentActor actor;

    IssueVisibility(CurrentActor actor) {
        this.actor = actor;
    }

    /** Outside a request (the import command, start-up) there is no caller to restrict. */
    public boolean seesDrafts() {
        return !Arc.container().requestContext().isActive() || actor.get().known();
    }

    /** Narrows a list of issues (or of what {@code issue} leads to) to published ones. */
    public Filter issues(Filter filter, String issue) {
        if (seesDrafts()) {
            return filter;
        }
        return filter.and(issue + ".publishedOn <= :visibleDay", "visibleDay", today());
    }

    public void requireReadable(Issue issue) {
        if (!seesDrafts() && !published(issue)) {
            throw unpublished("This issue is not published");
        }
    }

    public static boolean published(Issue issue) {
        return issue.publishedOn != null && !issue.publishedOn.isAfter(today());
    }

    /** The refusal of an anonymous read of {@code what}. */
    public static Failure unpublished(String what) {
        return new Failure(Failure.Kind.NOT_SIGNED_IN,
                what + ": reading it takes an API token (Authorization: Bearer <token>) or a signed-in editor");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
