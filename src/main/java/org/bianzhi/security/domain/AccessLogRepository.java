package org.bianzhi.security.domain;

import java.time.Instant;
import java.util.List;

/** The access log: entries are added and read, never changed or removed. */
public interface AccessLogRepository {

    void append(List<AccessLogEntry> entries);

    List<AccessLogEntry> find(String username, Long personId, Long complaintId, Instant from, Instant to, int offset, int limit);

    long count(String username, Long personId, Long complaintId, Instant from, Instant to);
}
