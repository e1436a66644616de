package org.bianzhi.security.application;

import java.time.Instant;
import org.bianzhi.shared.application.Versioned;

/**
 * An account as an administrator sees it (never its password hash). {@code locked}: sign-in with this name is
 * throttled now (from some or all addresses) until {@code lockedUntil}; {@code failedAttempts}: wrong passwords
 * counted against the name in its current 24-hour window.
 */
public record AccountView(String username, String displayName, String role, String roleLabel, String unitCode,
                          boolean enabled, boolean locked, Instant lockedUntil, int failedAttempts, Instant createdAt,
                          long version) implements Versioned {
}
