package org.emend.users;

/** The roles of console accounts. Admins can do all that editors can, and manage accounts. */
public final class Role {

    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private Role() {
    }
}
