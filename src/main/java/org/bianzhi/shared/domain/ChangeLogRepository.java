package org.bianzhi.shared.domain;

import java.util.List;

/** The append-only change log: entries can be added and read, never changed. */
public interface ChangeLogRepository {

    void append(ChangeLogEntry entry);

    List<ChangeLogEntry> ofPerson(Long personId);

    List<ChangeLogEntry> ofUnit(Long unitId, int offset, int limit);
}
