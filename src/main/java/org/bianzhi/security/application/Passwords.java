package org.bianzhi.security.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.PlainText;

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

    /** The stored form of an account's new password, once it is acceptable for that account. */
    public String hash(String password, String username) {
        requireAcceptable(password, username);
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String stored) {
        return password != null && hash.verify(password.toCharArray(), stored);
    }

    /**
     * At least 12 characters (OWASP ASVS 2.1.1) with letters and digits, none invisible, not the user name itself and not on the list of common
     * passwords ({@code security/common-passwords.txt}): what an office can remember and a guesser does not try first.
     */
    public static void requireAcceptable(String password, String username) {
        if (password != null && password.codePoints().anyMatch(Passwords::invisible)) {
            throw BianzhiException.invalid("password", "密码不能含有空白、不可见或控制字符");
        }
        if (password == null || password.length() < 12 || !password.matches(".*[A-Za-z].*") || !password.matches(".*\\d.*")) {
            throw BianzhiException.invalid("password", "密码至少 12 位，且须同时包含字母和数字");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.equals(username.strip().toLowerCase(Locale.ROOT))) {
            throw BianzhiException.invalid("password", "密码不能与用户名相同");
        }
        if (COMMON.contains(lower)) throw BianzhiException.invalid("password", "该密码过于常见，容易被猜中，请换一个");
    }

    private static boolean invisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || PlainText.hidden(c);
    }

    private static final Set<String> COMMON = commonPasswords();

    private static Set<String> commonPasswords() {
        try (var in = Passwords.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) throw new IllegalStateException("security/common-passwords.txt is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String generate() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 14; i++) b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        return b.append(RANDOM.nextInt(10)).toString();
    }
}
