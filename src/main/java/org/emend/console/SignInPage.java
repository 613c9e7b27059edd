package org.emend.console;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
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

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean signedOut);
    }

    @GET
    @Path("login")
    @Operation(hidden = true)
    public TemplateInstance login(@RestQuery boolean failed, @RestQuery boolean out) {
        return Templates.login(failed, out);
    }

    /** Ends the session: the cookie goes, and the next page asks to sign in again. */
    @POST
    @Path("logout")
    @Operation(hidden = true)
    public Response logout(RoutingContext routing) {
        FormAuthenticationMechanism.logout(routing);
        return Response.seeOther(URI.create("/console/login?out=true")).build();
    }
}
