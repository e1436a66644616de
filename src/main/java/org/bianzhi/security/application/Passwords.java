package org.bianzhi.security.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;
import org.bianzhi.shared.domain.BianzhiException;

/** Slow salted password hashes (PBKDF2-HMAC-SHA256, 210,000 iterations) and the password rule. */
@ApplicationScoped
public class Passwords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void init() {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        requireAcceptable(password);
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String stored) {
        return password != null && hash.verify(password.toCharArray(), stored);
    }

    /** At least 10 characters with letters and digits: what an office can remember and an attacker cannot guess. */
    public static void requireAcceptable(String password) {
        if (password == null || password.length() < 10 || !password.matches(".*[A-Za-z].*") || !password.matches(".*\\d.*")) {
            throw BianzhiException.invalid("password", "密码至少 10 位，且须同时包含字母和数字");
        }
    }

    public static String generate() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 14; i++) b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        return b.append(RANDOM.nextInt(10)).toString();
    }
}
