package org.bianzhi.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianzhi.security.domain.AccessLogEntry;
import org.bianzhi.security.domain.AccessLogRepository;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.application.Caller;
import org.bianzhi.shared.application.PersonalDataReads;
import org.bianzhi.shared.application.RegistryClock;

/** 查阅记录: writes what a request disclosed (personal data, complaint reporters) and lets administrators and inspectors read it back. */
@ApplicationScoped
public class AccessLogService {

    @Inject
    AccessLogRepository log;

    @Inject
    RegistryClock clock;

    /**
     * One log line per person whose full ID number or record this request disclosed, and one per complaint case
     * whose reporter it showed; kept even if the request fails later.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Caller caller, Map<Long, PersonalDataReads.What> reads, Set<Long> reporters) {
        if (reads.isEmpty() && reporters.isEmpty() || !caller.authenticated()) return;
        Instant now = clock.now();
        List<AccessLogEntry> entries = new ArrayList<>();
        reads.forEach((person, what) -> entries.add(new AccessLogEntry(now, caller.name(), caller.role(), person,
                what.name(), caller.path())));
        reporters.forEach(complaint -> entries.add(new AccessLogEntry(now, caller.name(), caller.role(), null, complaint,
                PersonalDataReads.What.REPORTER_IDENTITY.name(), caller.path())));
        log.append(entries);
    }

    /** An entry as shown: {@code personId} for a person's data, {@code complaintId} for a complaint's reporter. */
    public record EntryView(Instant occurredAt, String username, String role, Long personId, Long complaintId, String what,
                            String path) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EntryView> find(String username, Long personId, Long complaintId, LocalDate from, LocalDate to, int offset,
                                int limit) {
        Instant start = from == null ? null : from.atStartOfDay(RegistryClock.ZONE).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(RegistryClock.ZONE).toInstant();
        List<EntryView> items = log.find(username, personId, complaintId, start, end, offset, limit).stream()
                .map(e -> new EntryView(e.occurredAt(), e.username(), e.role(), e.personId(), e.complaintId(), e.what(),
                        e.path())).toList();
        return new Page<>(items, log.count(username, personId, complaintId, start, end), offset, limit);
    }
}
