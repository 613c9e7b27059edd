package org.emend.client;

import java.net.URI;

/** No Emend answers at the address: the command cannot do its work over the API. */
public class ServerUnreachable extends ClientFailure {

    ServerUnreachable(URI url) {
        super("No Emend answers at " + url + ": start it (`emend`, or `./mvnw quarkus:dev` in a clone of Emend),"
                + " or give its address with --url or EMEND_URL");
    }
}
