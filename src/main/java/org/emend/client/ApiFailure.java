package org.emend.client;

import java.util.List;

/** An answer of the API that is not a success, read from its problem details (RFC 9457). */
public class ApiFailure extends ClientFailure {

    private final int status;

    ApiFailure(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The problem's title and detail, then what was wrong field by field, a line each. */
    static ApiFailure of(int status, String title, String detail, List<String> errors) {
        StringBuilder message = new StringBuilder(title == null ? "HTTP " + status : title);
        if (detail != null && !detail.isBlank() && !detail.equals(title)) {
            message.append(": ").append(detail);
        }
        errors.forEach(error -> message.append("\n  ").append(error));
        if (status == 401) {
            message.append("\n  Give an API token with --token, EMEND_TOKEN or the config file"
                    + " (made on the console's Tokens page, or EMEND_ADMIN_TOKEN on the server)");
        }
        return new ApiFailure(status, message.toString());
    }

    public int status() {
        return status;
    }
}
