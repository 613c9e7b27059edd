package org.emend.oai;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.emend.web.PublicAddress;
import org.emend.web.UnexpectedExceptionMapper;
import org.emend.web.UnreadableFormBody;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The OAI-PMH 2.0 endpoint. Harvesters see published articles only, with or without a token.
 * Protocol errors are answered as the protocol says: 200 with an {@code <error>} element.
 */
@Path("/oai")
@Tag(name = "OAI-PMH", description = "Harvesting with the Open Archives Initiative Protocol for Metadata Harvesting 2.0")
public class OaiResource {

    private static final String XML = "text/xml; charset=UTF-8";
    /** Stands for an argument whose encoding is broken: XOAI answers badArgument to a name it does not know. */
    private static final String UNDECODABLE = "undecodable-argument";
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final OaiProvider provider;
    private final PublicAddress publicAddress;

    OaiResource(OaiProvider provider, PublicAddress publicAddress) {
        this.provider = provider;
        this.publicAddress = publicAddress;
    }

    @GET
    @Produces(XML)
    @Operation(summary = "An OAI-PMH request (verb=Identify, ListMetadataFormats, ListSets, ListIdentifiers, ListRecords, GetRecord)")
    public Response get(UriInfo uriInfo) {
        return answer(uriInfo.getQueryParameters());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(XML)
    @Operation(summary = "An OAI-PMH request with its arguments in the body, as the protocol allows")
    public Response post(MultivaluedMap<String, String> form) {
        return answer(form);
    }

    /** A body whose percent-encoding is broken is the protocol's badArgument, in XML like any OAI-PMH error. */
    @ServerExceptionMapper
    public RestResponse<?> unreadableBody(IllegalArgumentException failure, UriInfo uriInfo) {
        if (!UnreadableFormBody.causes(failure)) {
            return new UnexpectedExceptionMapper().map(failure, uriInfo);
        }
        MultivaluedMap<String, String> undecodable = new MultivaluedHashMap<>();
        // A verb that takes no arguments, with one it does not know: XOAI answers badArgument
        undecodable.add("verb", "Identify");
        undecodable.add(UNDECODABLE, "");
        return RestResponse.ResponseBuilder.ok(answer(undecodable).getEntity(), XML).build();
    }

    private static boolean day(String[] argument) {
        return argument != null && argument.length == 1 && DAY.matcher(argument[0]).matches();
    }

    private Response answer(MultivaluedMap<String, String> arguments) {
        Map<String, String[]> parameters = new HashMap<>();
        for (Map.Entry<String, List<String>> argument : arguments.entrySet()) {
            parameters.put(argument.getKey(), argument.getValue().toArray(String[]::new));
        }
        // XOAI fails on an empty token instead of reporting it: one that cannot decode makes it report
        String[] token = parameters.get("resumptionToken");
        if (token != null && token.length == 1 && token[0].isBlank()) {
            parameters.put("resumptionToken", new String[] { "!" });
        }
        // until=2024-06-30 takes in the whole day; XOAI, set to seconds, would read it as its first second
        String[] until = parameters.get("until");
        String[] from = parameters.get("from");
        if (day(until) && (from == null || day(from))) {
            parameters.put("until", new String[] { until[0] + "T23:59:59Z" });
            if (from != null) {
                parameters.put("from", new String[] { from[0] + "T00:00:00Z" });
            }
        }
        OaiProvider.Response response = provider.handle(parameters, publicAddress.resolve("oai"),
                publicAddress.resolve("api/v1/"));
        return Response.ok((StreamingOutput) response::write, XML).build();
    }
}
