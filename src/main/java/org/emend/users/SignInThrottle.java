package org.emend.users;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Password guessing is slowed per account and per address: after {@code emend.sign-in.max-failures}
 * failed sign-ins to an account within {@code emend.sign-in.window} (five times as many from one
 * address, which an office may share), further sign-ins to that account or from that address are
 * refused until the window has passed, even with the right password. Kept in memory: each
 * replica counts its own.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final String SIGN_IN = "/j_security_check";
    /** Bounds the memory a flood of made-up usernames can take. */
    private static final int MAX_KEYS = 100_000;
    private static final int ADDRESS_FACTOR = 5;
    /** Form sign-in is answered by the authentication handler: this must come first to see the answer. */
    private static final int BEFORE_AUTHENTICATION = SecurityHandlerPriorities.CORS + 50;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration window;
    private final String sessionCookie;

    SignInThrottle(@ConfigProperty(name = "emend.sign-in.max-failures", defaultValue = "10") int maxFailures,
            @ConfigProperty(name = "emend.sign-in.window", defaultValue = "PT15M") Duration window,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.sessionCookie = sessionCookie;
    }

    void register(@Observes Filters filters) {
        filters.register(routing -> {
            if (routing.request().method() == HttpMethod.POST && SIGN_IN.equals(routing.normalizedPath())) {
                // The outcome is known once Quarkus's form sign-in has answered, before its headers go out
                routing.addHeadersEndHandler(ignored -> judge(routing));
            }
            routing.next();
        }, BEFORE_AUTHENTICATION);
    }

    private void judge(RoutingContext routing) {
        String username = routing.request().getFormAttribute("j_username");
        String account = "account:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
        String address = "address:" + routing.request().remoteAddress().hostAddress();
        Instant now = Instant.now();
        if (blocked(account, now, maxFailures) || blocked(address, now, ADDRESS_FACTOR * maxFailures)) {
            // Even the right password opens nothing now: the session cookie the sign-in set is taken back
            routing.response().removeCookie(sessionCookie);
            routing.response().removeCookie(SessionGenerations.COOKIE);
            routing.response().setStatusCode(302).putHeader(HttpHeaderNames.LOCATION, "/console/login?throttled=true");
            return;
        }
        String location = routing.response().headers().get(HttpHeaderNames.LOCATION);
        if (location != null && location.contains("failed=true")) {
            record(account, now);
            record(address, now);
        }
    }

    private boolean blocked(String key, Instant now, int limit) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times, now);
            return times.size() >= limit;
        }
    }

    private void record(String key, Instant now) {
        if (failures.size() >= MAX_KEYS) {
            failures.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    prune(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(key, ignored -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
            times.pollFirst();
        }
    }
}
