package org.emend.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.emend.persistence.VersionedEntity;

import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;

/** An editor or admin of the console. Only a bcrypt hash of the password is stored. */
@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends VersionedEntity {

    @Username
    @Column(nullable = false, updatable = false)
    public String username;

    @Password
    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    /** {@link Role#EDITOR} or {@link Role#ADMIN}, as the security layer's role name. */
    @Roles
    @Column(nullable = false)
    public String role;

    /** When an admin disabled the account; {@code null} while it may sign in. */
    @Column(name = "disabled_at")
    public java.time.Instant disabledAt;

    /** Moved on by signing out, a password reset or disabling: every session of an older generation ends. */
    @Column(name = "session_generation", nullable = false)
    public long sessionGeneration;

    public static User findByUsername(String username) {
        return find("username", username).firstResult();
    }

    public boolean isAdmin() {
        return Role.ADMIN.equals(role);
    }
}
