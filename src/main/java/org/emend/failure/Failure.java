package org.emend.failure;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What Emend refuses to do, and why, in the domain's words: services throw it, the API answers it
 * as a problem document ({@code web.FailureMapper}) and the console shows its detail to a person.
 * It carries no HTTP: a status is the web's choice.
 */
public class Failure extends RuntimeException {

    /** Why the work was refused; each kind is one answer a client can act on. */
    public enum Kind {
        /** The request cannot be read at all: a cursor, a query, a header that is not what it must be. */
        MALFORMED,
        /** Fields that were read but break a rule; {@link #fieldErrors()} names them. */
        INVALID,
        NOT_FOUND,
        /** Unpublished work asked for without signing in. */
        NOT_SIGNED_IN,
        /** The record's state forbids it: a duplicate ordinal, a journal that still has issues. */
        CONFLICT,
        /** The same file was imported before; {@link #related()} points at that import. */
        DUPLICATE_IMPORT,
        /** The correction workflow does not allow this change of status. */
        STATUS_WORKFLOW,
        /** The client's version of the record is not the current one. */
        STALE_VERSION,
        TOO_LARGE,
        UNSUPPORTED_FORMAT,
        /** Input of a format Emend reads, that it cannot read. */
        UNREADABLE_INPUT,
        /** An archival package incomplete or altered; {@link #fieldErrors()} names what. */
        INVALID_BAG
    }

    /** A field that broke a rule: a JSON path such as {@code authors[0].name}, and the rule. */
    public record FieldError(String field, String message) {
    }

    private final Kind kind;
    private final transient List<FieldError> fieldErrors;
    private final transient Map<String, String> related;

    public Failure(Kind kind, String detail) {
        this(kind, detail, List.of(), Map.of());
    }

    private Failure(Kind kind, String detail, List<FieldError> fieldErrors, Map<String, String> related) {
        // A refusal is answered, not debugged: no stack trace to fill
        super(detail, null, false, false);
        this.kind = kind;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.related = Map.copyOf(related);
    }

    public static Failure notFound(String kind, UUID id) {
        return new Failure(Kind.NOT_FOUND, "No " + kind + " with id " + id);
    }

    public static Failure invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static Failure invalid(List<FieldError> errors) {
        return withFieldErrors(Kind.INVALID, "The request has invalid fields", errors);
    }

    public static Failure withFieldErrors(Kind kind, String detail, List<FieldError> errors) {
        return new Failure(kind, detail, errors, Map.of());
    }

    public static Failure malformed(String detail) {
        return new Failure(Kind.MALFORMED, detail);
    }

    public static Failure conflict(String detail) {
        return new Failure(Kind.CONFLICT, detail);
    }

    /** A failure that points at related records ({@code related}: relation → path in the API). */
    public static Failure withRelated(Kind kind, String detail, Map<String, String> related) {
        return new Failure(kind, detail, List.of(), related);
    }

    public Kind kind() {
        return kind;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public Map<String, String> related() {
        return related;
    }
}
