package org.emend.users;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emend.failure.Failure;
import org.emend.persistence.Lookups;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * Console accounts. On the first start, when there is none, an admin {@code admin} is created
 * with the password from {@code EMEND_ADMIN_PASSWORD} ({@code emend.admin.password}), or, when
 * that is unset, a random one written once to the log; there is no default password.
 */
@ApplicationScoped
public class UserService {

    private static final Logger LOG = Logger.getLogger(UserService.class);
    static final String FIRST_ADMIN = "admin";

    private final Optional<String> adminPassword;

    UserService(@ConfigProperty(name = "emend.admin.password") Optional<String> adminPassword) {
        this.adminPassword = adminPassword;
    }

    @Transactional
    void createFirstAdmin(@Observes StartupEvent event) {
        if (User.count() > 0) {
            return;
        }
        String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated && LaunchMode.current() == LaunchMode.NORMAL) {
            // In production a password must not reach the logs (they are shipped and kept)
            LOG.warnf("No account exists yet and EMEND_ADMIN_PASSWORD is not set: set it and restart to create the"
                    + " first admin account '%s'", FIRST_ADMIN);
            return;
        }
        if (generated) {
            password = Passwords.generate();
        }
        create(FIRST_ADMIN, password, Role.ADMIN);
        if (generated) {
            LOG.warnf("Created the first admin account '%s' with the password %s (shown only this once; set"
                    + " EMEND_ADMIN_PASSWORD to choose it, and change it in the console)", FIRST_ADMIN, password);
        } else {
            LOG.infof("Created the first admin account '%s' with the password from EMEND_ADMIN_PASSWORD", FIRST_ADMIN);
        }
    }

    public List<User> all() {
        return User.list("order by username");
    }

    /** Adds an account; returns the password to hand over (the one given, or a generated one). */
    @Transactional
    public String add(String username, String role, String password) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw Failure.invalid("username", "use 1 to 64 letters, digits and . _ @ -");
        }
        if (!Role.EDITOR.equals(role) && !Role.ADMIN.equals(role)) {
            throw Failure.invalid("role", "must be editor or admin");
        }
        if (User.findByUsername(username) != null) {
            throw Failure.conflict("There is already an account " + username);
        }
        String chosen = password == null || password.isBlank() ? Passwords.generate() : checked(password);
        create(username, chosen, role);
        return chosen;
    }

    /** Sets a new password; returns it (the one given, or a generated one). */
    @Transactional
    public String resetPassword(String username, String password) {
        User user = User.findByUsername(username);
        if (user == null) {
            throw new Failure(Failure.Kind.NOT_FOUND, "No account " + username);
        }
        String chosen = password == null || password.isBlank() ? Passwords.generate() : checked(password);
        user.passwordHash = Passwords.hash(chosen);
        user.sessionGeneration++;
        return chosen;
    }

    /** Disables an account (its sessions stop at their next request) or enables it again. */
    @Transactional
    public void setDisabled(String username, boolean disabled, Actor by) {
        User user = otherThan(username, by, disabled ? "disable" : "enable");
        if (disabled && user.isAdmin() && otherActiveAdmins(user) == 0) {
            throw Failure.conflict("The last active admin cannot be disabled");
        }
        user.disabledAt = disabled ? java.time.Instant.now() : null;
        user.sessionGeneration++;
    }

    /** Ends every session of the account, as signing out does. */
    @Transactional
    public void endSessions(java.util.UUID userId) {
        User user = User.findById(userId);
        if (user != null) {
            user.sessionGeneration++;
        }
    }

    /** Deletes an account; what it saved stays in history under its name. */
    @Transactional
    public void delete(String username, Actor by) {
        User user = otherThan(username, by, "delete");
        if (user.isAdmin() && otherActiveAdmins(user) == 0) {
            throw Failure.conflict("The last active admin cannot be deleted");
        }
        user.delete();
    }

    private static User otherThan(String username, Actor by, String verb) {
        User user = User.findByUsername(username);
        if (user == null) {
            throw new Failure(Failure.Kind.NOT_FOUND, "No account " + username);
        }
        if (user.id.equals(by.userId())) {
            throw Failure.conflict("You cannot " + verb + " your own account");
        }
        return user;
    }

    private static long otherActiveAdmins(User user) {
        return User.count("role = ?1 and disabledAt is null and id <> ?2", Role.ADMIN, user.id);
    }

    public User require(java.util.UUID id) {
        return Lookups.require(User.class, id, "account");
    }

    private static String checked(String password) {
        if (password.length() < Passwords.MIN_LENGTH) {
            throw Failure.invalid("password", "must have at least " + Passwords.MIN_LENGTH + " characters");
        }
        return password;
    }

    private static void create(String username, String password, String role) {
        User user = new User();
        user.username = username;
        user.passwordHash = Passwords.hash(password);
        user.role = role;
        user.persist();
    }
}
