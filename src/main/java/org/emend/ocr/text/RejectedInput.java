package org.emend.ocr.text;

/** Input the importer cannot take, with the reason in words an editor can act on. */
public class RejectedInput extends RuntimeException {

    /** Why the input was refused. */
    public enum Reason {
        EMPTY,
        BINARY,
        UNDECODABLE,
        TOO_LARGE,
        TOO_MANY_PAGES
    }

    private final Reason reason;

    public RejectedInput(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
