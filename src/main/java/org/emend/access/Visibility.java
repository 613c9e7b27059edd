package org.emend.access;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.emend.article.Article;
import org.emend.article.ArticleStatus;
import org.emend.crud.Filter;
import org.emend.failure.Failure;
import org.emend.issue.Issue;
import org.emend.users.CurrentActor;

import io.quarkus.arc.Arc;

/**
 * What an anonymous caller may read: published articles of published issues (an issue is
 * published once its {@code publishedOn} date has come). Tokens and editors see everything.
 */
@ApplicationScoped
public class Visibility {

    private final CurrentActor actor;

    Visibility(CurrentActor actor) {
        this.actor = actor;
    }

    /** Outside a request (the import command, start-up) there is no caller to restrict. */
    public boolean seesDrafts() {
        return !Arc.container().requestContext().isActive() || actor.get().known();
    }

    /** Narrows a list to what the caller may read; {@code article} is the HQL path to the article. */
    public Filter articles(Filter filter, String article) {
        if (seesDrafts()) {
            return filter;
        }
        return issues(filter.and(article + ".status = :visibleStatus", "visibleStatus", ArticleStatus.PUBLISHED),
                article + ".issue");
    }

    /** Narrows a list of issues (or of what {@code issue} leads to) to published ones. */
    public Filter issues(Filter filter, String issue) {
        if (seesDrafts()) {
            return filter;
        }
        return filter.and(issue + ".publishedOn <= :visibleDay", "visibleDay", today());
    }

    /** Refuses an anonymous read of a draft article or of anything in it. */
    public void requireReadable(Article article) {
        if (!seesDrafts() && (article.status != ArticleStatus.PUBLISHED || !published(article.issue))) {
            throw unpublished("This article is not published");
        }
    }

    public void requireReadable(Issue issue) {
        if (!seesDrafts() && !published(issue)) {
            throw unpublished("This issue is not published");
        }
    }

    private static boolean published(Issue issue) {
        return issue.publishedOn != null && !issue.publishedOn.isAfter(today());
    }

    private static Failure unpublished(String what) {
        return new Failure(Failure.Kind.NOT_SIGNED_IN,
                what + ": reading it takes an API token (Authorization: Bearer <token>) or a signed-in editor");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
