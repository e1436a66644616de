package org.bianzhi.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bianzhi.shared.application.Caller;
import org.bianzhi.shared.application.DisclosureLog;
import org.bianzhi.shared.application.PersonalDataReads;

/** The access log behind {@link DisclosureLog}. */
@ApplicationScoped
public class AccessLogFlush implements DisclosureLog {

    @Inject
    PersonalDataReads reads;

    @Inject
    Caller caller;

    @Inject
    AccessLogService log;

    @Override
    public void flush() {
        log.record(caller, reads.drain(), reads.drainReporters());
    }
}
