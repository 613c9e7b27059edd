package org.emend.web;

/** The kinds of problem Emend reports; each has a stable type URI clients can switch on. */
public enum ProblemType {
    MALFORMED_REQUEST("malformed-request", "Malformed request", 400),
    VALIDATION("validation", "Invalid input", 422),
    UNAUTHORIZED("unauthorized", "Authentication needed", 401),
    FORBIDDEN("forbidden", "Not allowed", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", 413),
    URI_TOO_LONG("uri-too-long", "Address too long", 414),
    CONFLICT("conflict", "Conflict", 409),
    DUPLICATE_IMPORT("duplicate-import", "Already imported", 409),
    STATUS_WORKFLOW("status-workflow", "Not allowed by the correction workflow", 409),
    EDIT_CONFLICT("edit-conflict", "Changed by someone else", 409),
    UNREADABLE_INPUT("unreadable-input", "Input cannot be imported", 422),
    INVALID_BAG("invalid-bag", "Bag incomplete or invalid", 422),
    STALE_VERSION("stale-version", "Stale version", 412),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    INTERNAL("internal", "Internal error", 500),
    DATABASE_UNAVAILABLE("database-unavailable", "Database unavailable", 503);

    private static final String PREFIX = "urn:emend:problem:";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return PREFIX + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }
}
