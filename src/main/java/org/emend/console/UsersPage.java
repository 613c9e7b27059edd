package org.emend.console;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.emend.users.User;
import org.emend.users.UserService;
import org.emend.web.ProblemException;
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

    UsersPage(UserService users) {
        this.users = users;
    }

    /** An account as the list shows it. */
    public record Account(String username, String role, java.time.Instant createdAt) {

        static Account of(User user) {
            return new Account(user.username, user.role, user.createdAt);
        }
    }

    /** The outcome of a form: a password to hand over, or what was wrong. */
    public record Outcome(String username, String password, String error) {
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
            return page(new Outcome(username, users.add(username, role, password), null));
        } catch (ProblemException problem) {
            return page(new Outcome(username, null, explain(problem)));
        }
    }

    @POST
    @Path("users/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance reset(@RestForm String username, @RestForm String password) {
        try {
            return page(new Outcome(username, users.resetPassword(username, password), null));
        } catch (ProblemException problem) {
            return page(new Outcome(username, null, explain(problem)));
        }
    }

    private TemplateInstance page(Outcome outcome) {
        return Templates.users(users.all().stream().map(Account::of).toList(), outcome);
    }

    private static String explain(ProblemException problem) {
        StringBuilder message = new StringBuilder(problem.problem().detail());
        if (problem.problem().errors() != null) {
            problem.problem().errors().forEach(error -> message.append(" The ").append(error.field()).append(' ')
                    .append(error.message()).append('.'));
        }
        return message.toString();
    }
}
