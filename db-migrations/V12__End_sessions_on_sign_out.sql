-- A console session is valid for one generation of its account: signing out, a password reset or
-- disabling the account moves the generation on, and every session of the older one ends at once.
ALTER TABLE app_user ADD COLUMN session_generation bigint NOT NULL DEFAULT 0;
