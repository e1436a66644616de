package org.bianzhi.complaint.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.bianzhi.complaint.domain.ReporterCipher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reporter cipher with the keys of MicroProfile Config ({@code bianzhi.complaints.keys}, env
 * {@code BIANZHI_COMPLAINTS_KEYS}; {@code bianzhi.complaints.key-id}, env {@code BIANZHI_COMPLAINTS_KEY_ID}). Keys
 * never come from the database. Without (valid) keys the service runs, and only cases with a reporter are refused.
 */
@ApplicationScoped
public class ConfiguredReporterCipher implements ReporterCipher {

    private static final Logger LOG = Logger.getLogger(ConfiguredReporterCipher.class.getName());

    @Inject
    @ConfigProperty(name = "bianzhi.complaints.keys")
    Optional<String> keys;

    @Inject
    @ConfigProperty(name = "bianzhi.complaints.key-id")
    Optional<String> keyId;

    private AesGcmReporterCipher cipher;

    /** Reads the keys at start-up, so the log says at once whether reporters can be stored. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        ready();
    }

    @PostConstruct
    void init() {
        cipher = AesGcmReporterCipher.configured(keys.orElse(null), keyId.orElse(null));
        if (cipher.ready()) LOG.info("Complaint reporter keys " + cipher.keyIds() + ", new values sealed with " + cipher.currentKeyId());
        else LOG.warning("Complaint reporter details cannot be stored: " + cipher.problem());
    }

    @Override
    public boolean ready() { return cipher.ready(); }

    @Override
    public String problem() { return cipher.problem(); }

    @Override
    public String currentKeyId() { return cipher.currentKeyId(); }

    @Override
    public String seal(String field, String plain) { return cipher.seal(field, plain); }

    @Override
    public String open(String field, String sealed) { return cipher.open(field, sealed); }

    @Override
    public boolean isCurrent(String sealed) { return cipher.isCurrent(sealed); }
}
