package org.emend.console;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.emend.users.CurrentActor;
import org.emend.users.SessionGenerations;
import org.emend.users.UserService;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.ext.web.RoutingContext;

/**
 * Signing in and out. The form posts to {@code /j_security_check}, where Quarkus's form
 * authentication checks the password against the bcrypt hash and sets the session cookie.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {

    private final UserService users;
    private final CurrentActor actor;

    SignInPage(UserService users, CurrentActor actor) {
        this.users = users;
        this.actor = actor;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean signedOut, boolean throttled);
    }

    @GET
    @Path("login")
    @Operation(hidden = true)
    public TemplateInstance login(@RestQuery boolean failed, @RestQuery boolean out, @RestQuery boolean throttled) {
        return Templates.login(failed, out, throttled);
    }

    /**
     * Ends the session: the cookie goes, and the account's session generation moves on, so a copy
     * of the cookie kept elsewhere stops working too (every session of the account ends).
     */
    @POST
    @Path("logout")
    @Operation(hidden = true)
    public Response logout(RoutingContext routing) {
        if (actor.get().userId() != null) {
            users.endSessions(actor.get().userId());
        }
        FormAuthenticationMechanism.logout(routing);
        routing.response().removeCookie(SessionGenerations.COOKIE);
        return Response.seeOther(URI.create("/console/login?out=true")).build();
    }
}
