package org.emend.web;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address clients reach Emend at ({@code emend.public-url}), for the absolute links Emend
 * writes into what it serves (OAI-PMH's baseURL, record links). Never taken from a request's
 * {@code Host} header, which the client chooses.
 */
@ApplicationScoped
public class PublicAddress {

    private final URI base;

    PublicAddress(@ConfigProperty(name = "emend.public-url") URI publicUrl) {
        String text = publicUrl.toString();
        this.base = URI.create(text.endsWith("/") ? text : text + "/");
    }

    /** The address of a path under Emend's root ({@code "oai"}, {@code "api/v1/"}). */
    public String resolve(String path) {
        return base.resolve(path).toString();
    }
}
