package org.bianzhi.complaint.domain;

/**
 * 举报人信息加密: seals a reporter's name or contact for storage and opens it again. A sealed value names the key
 * it was sealed with, so keys can be rotated: values sealed with an older key still open while that key is
 * configured, and {@link #isCurrent} tells which values a re-encryption must rewrite.
 */
public interface ReporterCipher {

    /** Whether a key to seal new values is configured. */
    boolean ready();

    /** Why no value can be sealed (in Chinese, saying how to configure the key), or null when {@link #ready}. */
    String problem();

    /** The id of the key new values are sealed with, or null. */
    String currentKeyId();

    /** The sealed form of {@code plain} for the field {@code field} (bound to it: a value moved to another field does not open). */
    String seal(String field, String plain);

    /** The plain text of a sealed value of {@code field}; refuses a value that was altered or whose key is not configured. */
    String open(String field, String sealed);

    /** Whether {@code sealed} was sealed with the current key. */
    boolean isCurrent(String sealed);
}
