package org.emend.console;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.emend.access.ApiTokens;
import org.emend.access.TokenInput;
import org.emend.access.TokenScope;
import org.emend.access.TokenView;
import org.emend.crud.PageRequest;
import org.emend.failure.Failure;
import org.emend.users.CurrentActor;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** API tokens, for admins (the HTTP policy guards the path): create one, see its secret once, revoke. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class TokensPage {

    private final ApiTokens tokens;
    private final CurrentActor actor;

    TokensPage(ApiTokens tokens, CurrentActor actor) {
        this.tokens = tokens;
        this.actor = actor;
    }

    /** What the last form did: a new token with its secret, or what was wrong. */
    public record Outcome(TokenView created, String error, String note) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tokens(List<TokenView> tokens, Outcome outcome);
    }

    @GET
    @Path("tokens")
    @Operation(hidden = true)
    public TemplateInstance list() {
        return page(null);
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance create(@RestForm String name, @RestForm String scope, @RestForm String expires) {
        try {
            var expiresAt = expires == null || expires.isBlank() ? null
                    : LocalDate.parse(expires).atStartOfDay(ZoneOffset.UTC).toInstant();
            return page(new Outcome(tokens.create(new TokenInput(name, TokenScope.fromString(scope), expiresAt), actor.get()),
                    null, null));
        } catch (DateTimeParseException e) {
            return page(new Outcome(null, "The expiry date is not a date (YYYY-MM-DD).", null));
        } catch (Failure problem) {
            return page(new Outcome(null, problem.detail(), null));
        } catch (ConstraintViolationException violations) {
            return page(new Outcome(null, violations.getConstraintViolations().stream()
                    .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                    .reduce((a, b) -> a + "; " + b).orElse("Invalid token"), null));
        }
    }

    @POST
    @Path("tokens/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance revoke(@RestPath UUID id) {
        TokenView revoked = tokens.revoke(id);
        return page(new Outcome(null, null, "The token “" + revoked.name() + "” is revoked."));
    }

    private TemplateInstance page(Outcome outcome) {
        return Templates.tokens(tokens.list(new PageRequest(null, PageRequest.MAX_LIMIT)).items(), outcome);
    }
}
