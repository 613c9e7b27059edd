package org.emend.console;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.emend.article.Article;
import org.emend.block.BlockStatus;
import org.emend.failure.Failure;
import org.emend.history.Diffs;
import org.emend.history.RevisionService;
import org.emend.history.RevisionView;
import org.emend.replace.Changeset;
import org.emend.replace.FindReplace;
import org.emend.replace.Scope;
import org.emend.replace.Search;
import org.emend.users.CurrentActor;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Find and replace in the console: a search form whose preview (a GET: nothing changes) lists
 * every hit in context with a checkbox; the accepted hits are applied as one changeset, shown
 * on its own page with its diffs and a button to revert it as a whole.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ReplacePage {

    private final FindReplace findReplace;
    private final RevisionService revisions;
    private final ConsoleQueries queries;
    private final Validator validator;
    private final CurrentActor actor;

    ReplacePage(FindReplace findReplace, RevisionService revisions, ConsoleQueries queries, Validator validator,
            CurrentActor actor) {
        this.findReplace = findReplace;
        this.revisions = revisions;
        this.queries = queries;
        this.validator = validator;
        this.actor = actor;
    }

    /** The search form's fields, as the preview's query string and the apply form carry them. */
    public static class SearchForm {
        @RestQuery
        public String scope;
        @RestQuery
        public String find;
        @RestQuery
        public String replacement;
        @RestQuery
        public boolean regex;
        @RestQuery
        public boolean matchCase;
        @RestQuery
        public String status;
        @RestQuery
        public String language;

        /** The same fields, as the apply form posts them back. */
        static SearchForm posted(MultivaluedMap<String, String> posted) {
            SearchForm form = new SearchForm();
            form.scope = posted.getFirst("scope");
            form.find = posted.getFirst("find");
            form.replacement = posted.getFirst("replacement");
            form.regex = "true".equals(posted.getFirst("regex"));
            form.matchCase = "true".equals(posted.getFirst("matchCase"));
            form.status = posted.getFirst("status");
            form.language = posted.getFirst("language");
            return form;
        }

        public String replacementOrEmpty() {
            return replacement == null ? "" : replacement;
        }
    }

    /** A place the search can cover, for the scope menu. */
    public record ScopeOption(String value, String label) {
    }

    /** A changeset's revision with its word diff. */
    public record ChangedBlock(RevisionView revision, List<Diffs.Op> diff) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance replace(SearchForm form, List<ScopeOption> scopes, FindReplace.Preview preview,
                String error);

        static native TemplateInstance changeset(Changeset changeset, List<ChangedBlock> blocks, String note);
    }

    @GET
    @Path("replace")
    @Operation(hidden = true)
    public TemplateInstance replace(@BeanParam SearchForm form) {
        List<ScopeOption> scopes = scopes(form.scope);
        if (form.find == null || form.find.isEmpty()) {
            return Templates.replace(form, scopes, null, null);
        }
        try {
            return Templates.replace(form, scopes, findReplace.preview(search(form)), null);
        } catch (Failure problem) {
            return Templates.replace(form, scopes, null, message(problem));
        }
    }

    @POST
    @Path("changesets")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Object apply(MultivaluedMap<String, String> posted) {
        SearchForm form = SearchForm.posted(posted);
        List<String> accept = posted.get("accept");
        String description = posted.getFirst("description");
        if (accept == null || accept.isEmpty()) {
            return Templates.replace(form, scopes(form.scope), null,
                    "No hit was accepted, so nothing was replaced. Tick the hits to replace.");
        }
        FindReplace.Result result;
        try {
            result = findReplace.apply(search(form), accept, description, actor.get());
        } catch (Failure problem) {
            return Templates.replace(form, scopes(form.scope), null, message(problem));
        }
        return Response.seeOther(changesetPage(result, "Replaced")).build();
    }

    @GET
    @Path("changesets/{id}")
    @Operation(hidden = true)
    public TemplateInstance changeset(@RestPath UUID id, @RestQuery String note) {
        Changeset changeset = findReplace.get(id);
        List<ChangedBlock> blocks = revisions.ofChangeset(id).stream()
                .map(revision -> new ChangedBlock(revision, Diffs.words(revision.textBefore(), revision.textAfter())))
                .toList();
        return Templates.changeset(changeset, blocks, note);
    }

    @POST
    @Path("changesets/{id}/revert")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response revert(@RestPath UUID id) {
        return Response.seeOther(changesetPage(findReplace.revert(id, actor.get()), "Reverted")).build();
    }

    private static URI changesetPage(FindReplace.Result result, String done) {
        String note = done + " in " + result.blocksChanged() + (result.blocksChanged() == 1 ? " block" : " blocks") + ".";
        if (!result.skipped().isEmpty()) {
            note += " Skipped " + result.skipped().size() + ": " + result.skipped().stream()
                    .map(skip -> skip.kind().name().toLowerCase() + " " + skip.blockId() + " " + skip.reason())
                    .collect(Collectors.joining("; ")) + ".";
        }
        return URI.create("/console/changesets/" + result.changesetId() + "?note="
                + URLEncoder.encode(note, StandardCharsets.UTF_8));
    }

    private Search search(SearchForm form) {
        Scope scope = parseScope(form.scope);
        BlockStatus status = form.status == null || form.status.isBlank() ? null : BlockStatus.fromString(form.status);
        String language = form.language == null || form.language.isBlank() ? null : form.language.strip();
        Search search = new Search(scope, form.find, form.replacementOrEmpty(), form.regex, form.matchCase, status, language);
        var violations = validator.validate(search);
        if (!violations.isEmpty()) {
            throw Failure.invalid(violations.stream()
                    .map(v -> new Failure.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .toList());
        }
        return search;
    }

    private static Scope parseScope(String value) {
        String[] parts = value == null ? new String[0] : value.split(":", 2);
        try {
            return new Scope(Scope.Kind.fromString(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw Failure.invalid("scope", "choose where to look: an article, an issue or a journal");
        }
    }

    private List<ScopeOption> scopes(String selected) {
        List<ScopeOption> scopes = new java.util.ArrayList<>();
        if (selected != null && selected.startsWith("article:")) {
            try {
                Article article = Article.require(UUID.fromString(selected.substring("article:".length())));
                scopes.add(new ScopeOption(selected, "Article: " + article.title));
            } catch (RuntimeException unknown) {
                // An unknown article is left out; the form then asks for a scope again.
            }
        }
        for (ConsoleQueries.JournalRow journal : queries.journals()) {
            scopes.add(new ScopeOption("journal:" + journal.id(), "Journal: " + journal.title()));
            for (ConsoleQueries.IssueRow issue : journal.issues()) {
                scopes.add(new ScopeOption("issue:" + issue.id(), "Issue: " + journal.title() + " " + issue.label()));
            }
        }
        return scopes;
    }

    private static String message(Failure problem) {
        StringBuilder message = new StringBuilder(problem.detail());
        if (problem.fieldErrors() != null) {
            for (var error : problem.fieldErrors()) {
                message.append(' ').append(label(error.field())).append(' ').append(error.message()).append('.');
            }
        }
        return message.toString();
    }

    private static String label(String field) {
        return switch (field) {
            case "find" -> "Find:";
            case "replacement" -> "Replace with:";
            case "language" -> "Language:";
            case "scope" -> "Where:";
            default -> field + ":";
        };
    }
}
