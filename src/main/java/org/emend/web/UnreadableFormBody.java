package org.emend.web;

/**
 * Whether a failure comes from the framework reading a form or multipart body before any
 * resource sees it (a broken percent-encoding, too many parts, a body cut short): the client's
 * request is malformed, not the server broken.
 */
public final class UnreadableFormBody {

    private static final String FORM_BODY_READER = "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler";
    /** RESTEasy Reactive's message when a body has more parts than it takes. */
    private static final String TOO_MANY_PARTS = "Param limit of";

    private UnreadableFormBody() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            for (StackTraceElement frame : cause.getStackTrace()) {
                if (frame.getClassName().equals(FORM_BODY_READER)) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    static Problem problem(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        if (message.startsWith(TOO_MANY_PARTS)) {
            return Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                    "The form or multipart body has too many parts (" + message + ")");
        }
        return Problem.of(ProblemType.MALFORMED_REQUEST, "The form or multipart body cannot be read: " + message);
    }
}
