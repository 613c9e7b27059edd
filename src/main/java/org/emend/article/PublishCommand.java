package org.emend.article;

import java.util.UUID;
import java.util.concurrent.Callable;

import org.emend.client.ServerOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emend publish --issue ID}: publishes an issue and its articles in a running Emend. */
@Command(name = "publish", mixinStandardHelpOptions = true, description = "Publishes an issue and its articles in a running"
        + " Emend, as the console's issue page does (articles known only from their abstracts stay drafts): anonymous"
        + " readers and OAI-PMH harvesters see them from then on.")
public class PublishCommand implements Callable<Integer> {

    @Option(names = "--issue", paramLabel = "ID", required = true, description = "The issue's id")
    UUID issue;

    @Mixin
    ServerOptions server;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        IssuePublication.Published published = server.client().post("api/v1/issues/" + issue + "/publish", null,
                IssuePublication.Published.class);
        spec.commandLine().getOut().println("Published issue " + issue + " (dated " + published.publishedOn() + "): "
                + published.articles() + (published.articles() == 1 ? " article" : " articles")
                + (published.leftAsDrafts() == 0 ? ""
                        : ", " + published.leftAsDrafts() + " left as drafts (known only from their abstracts)"));
        return 0;
    }
}
