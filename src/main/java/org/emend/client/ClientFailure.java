package org.emend.client;

/** What went wrong talking to a running Emend, said in a line or a few for the person at the terminal. */
public class ClientFailure extends RuntimeException {

    public ClientFailure(String message) {
        super(message);
    }
}
