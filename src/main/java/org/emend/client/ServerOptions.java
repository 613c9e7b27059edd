package org.emend.client;

import picocli.CommandLine.Option;

/** The options of a command that talks to a running Emend: its address and the API token. */
public class ServerOptions {

    @Option(names = "--url", paramLabel = "URL", description = "A running Emend's address (else EMEND_URL, else url= in ~/.config/emend/client.properties, "
            + "else http://localhost:8080)")
    String url;

    @Option(names = "--token", paramLabel = "TOKEN", description = "An API token (else EMEND_TOKEN, else token= in the config file); EMEND_TOKEN keeps it out of `ps`")
    String token;

    public EmendClient client() {
        return new EmendClient(ClientSettings.resolve(url, token, System.getenv(), ClientSettings.configFile(System.getenv())));
    }
}
