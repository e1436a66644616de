package org.bianzhi.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bianzhi.security.domain.AccessLogEntry;
import org.bianzhi.security.domain.AccessLogRepository;
import org.bianzhi.shared.application.Caller;
import org.bianzhi.shared.application.PersonalDataReads;
import org.bianzhi.shared.application.RegistryClock;

/** 查阅记录: writes what a request disclosed and lets administrators and inspectors read it back. */
@ApplicationScoped
public class AccessLogService {

    @Inject
    AccessLogRepository log;

    @Inject
    RegistryClock clock;

    /** One log line per person whose full ID number or record this request disclosed; kept even if the request fails later. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Caller caller, Map<Long, PersonalDataReads.What> reads) {
        if (reads.isEmpty() || !caller.authenticated()) return;
        Instant now = clock.now();
        log.append(reads.entrySet().stream().map(e -> new AccessLogEntry(now, caller.name(), caller.role(), e.getKey(),
                e.getValue().name(), caller.path())).toList());
    }

    /** An entry as shown. */
    public record EntryView(Instant occurredAt, String username, String role, Long personId, String what, String path) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EntryView> find(String username, Long personId, LocalDate from, LocalDate to, int offset, int limit) {
        Instant start = from == null ? null : from.atStartOfDay(RegistryClock.ZONE).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(RegistryClock.ZONE).toInstant();
        return log.find(username, personId, start, end, offset, limit).stream()
                .map(e -> new EntryView(e.occurredAt(), e.username(), e.role(), e.personId(), e.what(), e.path())).toList();
    }
}
