package org.emend.console;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.emend.failure.Failure;
import org.emend.users.CurrentActor;
import org.emend.users.User;
import org.emend.users.UserService;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Accounts, for admins only (the HTTP policy guards the path): add editors and reset passwords.
 * A password made here is shown once, in the answer to the form, never in a URL or a log.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class UsersPage {

    private final UserService users;
    private final CurrentActor actor;

    UsersPage(UserService users, CurrentActor actor) {
        this.users = users;
        this.actor = actor;
    }

    /** An account as the list shows it. */
    public record Account(String username, String role, java.time.Instant createdAt, boolean disabled) {

        static Account of(User user) {
            return new Account(user.username, user.role, user.createdAt, user.disabledAt != null);
        }
    }

    /** The outcome of a form: a generated password to hand over, what was done, or what was wrong. */
    public record Outcome(String username, String password, String note, String error) {

        static Outcome done(String username, String note) {
            return new Outcome(username, null, note, null);
        }

        static Outcome failed(String username, Failure problem) {
            return new Outcome(username, null, null, explain(problem));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<Account> accounts, Outcome outcome);
    }

    @GET
    @Path("users")
    @Operation(hidden = true)
    public TemplateInstance list() {
        return page(null);
    }

    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance add(@RestForm String username, @RestForm String role, @RestForm String password) {
        try {
            String chosen = users.add(username, role, password);
            // A password the admin typed is not shown back: only a generated one must be handed over
            return page(password == null || password.isBlank() ? new Outcome(username, chosen, null, null)
                    : Outcome.done(username, "The account " + username + " is added with the password you chose."));
        } catch (Failure problem) {
            return page(Outcome.failed(username, problem));
        }
    }

    @POST
    @Path("users/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance reset(@RestForm String username, @RestForm String password) {
        try {
            return page(new Outcome(username, users.resetPassword(username, password), null, null));
        } catch (Failure problem) {
            return page(Outcome.failed(username, problem));
        }
    }

    @POST
    @Path("users/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance disable(@RestForm String username, @RestForm boolean disabled) {
        return attempt(username, () -> users.setDisabled(username, disabled, actor.get()), disabled
                ? "The account " + username + " is disabled: it cannot sign in, and its sessions have ended."
                : "The account " + username + " is enabled again.");
    }

    @POST
    @Path("users/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance delete(@RestForm String username) {
        return attempt(username, () -> users.delete(username, actor.get()),
                "The account " + username + " is deleted; its changes stay in history under its name.");
    }

    private TemplateInstance attempt(String username, Runnable action, String done) {
        try {
            action.run();
            return page(Outcome.done(username, done));
        } catch (Failure problem) {
            return page(Outcome.failed(username, problem));
        }
    }

    private TemplateInstance page(Outcome outcome) {
        return Templates.users(users.all().stream().map(Account::of).toList(), outcome);
    }

    private static String explain(Failure problem) {
        StringBuilder message = new StringBuilder(problem.detail());
        if (problem.fieldErrors() != null) {
            problem.fieldErrors().forEach(error -> message.append(" The ").append(error.field()).append(' ')
                    .append(error.message()).append('.'));
        }
        return message.toString();
    }
}
