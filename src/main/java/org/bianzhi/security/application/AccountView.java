package org.bianzhi.security.application;

import java.time.Instant;

/** An account as an administrator sees it (never its password hash). */
public record AccountView(String username, String displayName, String role, String roleLabel, String unitCode,
                          boolean enabled, boolean locked, Instant lockedUntil, int failedAttempts, Instant createdAt,
                          long version) {
}
