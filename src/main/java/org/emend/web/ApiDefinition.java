package org.emend.web;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The OpenAPI document's header, its tags, and the problem schema error responses refer to. */
@OpenAPIDefinition(info = @Info(title = "Emend API", version = "1", description = """
        Journals, issues, articles, pages, sections, footnotes and abstracts recovered from OCR'd \
        journal archives. Lists are keyset-paginated (`limit`, `after`, `Link: rel="next"`). Single \
        records carry an `ETag`; `If-None-Match` gives 304. Writes take `If-Match` or a `version` \
        field and answer 412 when it is stale; a write with neither is applied unconditionally. \
        Errors are RFC 9457 problem details."""), tags = {
        @Tag(name = "Journals", description = "Periodicals"),
        @Tag(name = "Issues", description = "The numbers of a journal"),
        @Tag(name = "Articles", description = "Papers in an issue, whole or with their parts embedded"),
        @Tag(name = "Pages", description = "Printed pages as OCR'd, with their furniture"),
        @Tag(name = "Sections", description = "Headings and body text, in reading order"),
        @Tag(name = "Footnotes", description = "Notes at the foot of pages, numbered per page and per article"),
        @Tag(name = "Abstracts", description = "An article's abstract, title and keywords in one language")
}, servers = @Server(url = "/", description = "This Emend"), components = @Components(schemas = {
        @Schema(name = "Problem", implementation = Problem.class) }))
public class ApiDefinition extends Application {
}
