package org.bianzhi.audit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.PlainText;

/**
 * 稽核发现: a violation of a rule as the registry has known it since {@link #firstSeen}, with its workflow
 * (OPEN → ACKNOWLEDGED → RESOLVED, who, when, note). {@code present} says whether the cause existed at the last
 * evaluation; a finding whose cause goes away is resolved by the system, and one that is resolved while its cause
 * persists or comes back is reopened, saying so.
 */
public final class Finding {

    public static final String SYSTEM = "系统";
    /**
     * A finding names at most this many persons (the first ones: for over-quota, the latest entrants); its message
     * gives the full count. A unit thousands over quota is one finding, not a list no one reads, and the names fit
     * the stored column (200 ids of up to 19 digits and their commas: under 4,000 characters).
     */
    public static final int MAX_PERSONS = 200;

    private final Long id;
    private final String key;
    private final Rule rule;
    private final long unitId;
    private final Long personId;
    private final String subject;
    private List<Long> personIds;
    private String message;
    private boolean present;
    private FindingStatus status;
    private final LocalDate firstSeen;
    private LocalDate lastSeen;
    private int reopened;
    private Instant statusChangedAt;
    private String statusChangedBy;
    private String statusNote;
    private final long version;
    private final List<FindingEvent> newEvents = new ArrayList<>();
    private boolean changed;

    /** As stored. */
    public Finding(Long id, String key, Rule rule, long unitId, Long personId, String subject, List<Long> personIds,
                   String message, boolean present, FindingStatus status, LocalDate firstSeen, LocalDate lastSeen,
                   int reopened, Instant statusChangedAt, String statusChangedBy, String statusNote, long version) {
        this.id = id;
        this.key = key;
        this.rule = rule;
        this.unitId = unitId;
        this.personId = personId;
        this.subject = subject;
        this.personIds = named(personIds);
        this.message = message;
        this.present = present;
        this.status = status;
        this.firstSeen = firstSeen;
        this.lastSeen = lastSeen;
        this.reopened = reopened;
        this.statusChangedAt = statusChangedAt;
        this.statusChangedBy = statusChangedBy;
        this.statusNote = statusNote;
        this.version = version;
    }

    private static List<Long> named(List<Long> personIds) {
        return List.copyOf(personIds.size() <= MAX_PERSONS ? personIds : personIds.subList(0, MAX_PERSONS));
    }

    /** A violation seen for the first time. */
    public static Finding detected(Breach b, LocalDate today, Instant now) {
        Finding f = new Finding(null, b.key(), b.rule(), b.unitId(), b.personId(), b.subject(), b.personIds(), b.message(),
                true, FindingStatus.OPEN, today, today, 0, now, SYSTEM, null, 0);
        f.event(FindingEvent.Action.DETECTED, SYSTEM, now, null);
        return f;
    }

    /** The evaluation found the violation again: refresh what it says, and reopen it if it had been resolved. */
    public void observed(Breach b, LocalDate today, Instant now) {
        List<Long> named = named(b.personIds());
        if (!message.equals(b.message()) || !personIds.equals(named) || !present || !today.equals(lastSeen)) {
            message = b.message();
            personIds = named;
            present = true;
            lastSeen = today;
            changed = true;
        }
        if (status == FindingStatus.RESOLVED) {
            String note = statusChangedBy.equals(SYSTEM)
                    ? "违规情形再次出现，重新打开"
                    : "已于" + statusChangedAt.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate() + "由" + statusChangedBy
                      + "标记为已整改，复查时问题仍然存在，重新打开";
            reopened++;
            transition(FindingStatus.OPEN, FindingEvent.Action.REOPENED, SYSTEM, now, note);
        }
    }

    /** The evaluation no longer finds the violation. */
    public void cleared(LocalDate today, Instant now) {
        if (!present) return;
        present = false;
        changed = true;
        if (status != FindingStatus.RESOLVED) {
            transition(FindingStatus.RESOLVED, FindingEvent.Action.CLEARED, SYSTEM, now, "复查时违规情形已消除（" + today + "）");
        }
    }

    /** 确认: the office or unit accepts the finding and will rectify it. */
    public void acknowledge(String actor, String note, Instant now) {
        if (status != FindingStatus.OPEN) {
            throw BianzhiException.conflict("FINDING_NOT_OPEN", "status", "只有“待处理”的问题可以确认，此问题当前为“" + status.label() + "”");
        }
        transition(FindingStatus.ACKNOWLEDGED, FindingEvent.Action.ACKNOWLEDGED, actor, now, PlainText.blankToNull(note));
    }

    /** 整改完成: needs a note saying what was done; the next evaluation reopens it if the cause is still there. */
    public void resolve(String actor, String note, Instant now) {
        if (status == FindingStatus.RESOLVED) {
            throw BianzhiException.conflict("FINDING_RESOLVED", "status", "此问题已经是“已整改”状态");
        }
        if (PlainText.blankToNull(note) == null) throw BianzhiException.invalid("note", "请填写整改情况说明");
        if (note.strip().length() > 1000) throw BianzhiException.invalid("note", "整改情况说明不能超过1000字");
        transition(FindingStatus.RESOLVED, FindingEvent.Action.RESOLVED, actor, now, note.strip());
    }

    private void transition(FindingStatus to, FindingEvent.Action action, String actor, Instant now, String note) {
        status = to;
        statusChangedAt = now;
        statusChangedBy = actor;
        statusNote = note;
        changed = true;
        event(action, actor, now, note);
    }

    private void event(FindingEvent.Action action, String actor, Instant now, String note) {
        newEvents.add(new FindingEvent(action, status, actor, now, note));
    }

    public Long id() { return id; }
    public String key() { return key; }
    public Rule rule() { return rule; }
    public long unitId() { return unitId; }
    public Long personId() { return personId; }
    public String subject() { return subject; }
    public List<Long> personIds() { return personIds; }
    public String message() { return message; }
    public boolean present() { return present; }
    public FindingStatus status() { return status; }
    public LocalDate firstSeen() { return firstSeen; }
    public LocalDate lastSeen() { return lastSeen; }
    public int reopened() { return reopened; }
    public Instant statusChangedAt() { return statusChangedAt; }
    public String statusChangedBy() { return statusChangedBy; }
    public String statusNote() { return statusNote; }
    public long version() { return version; }
    /** Transitions not yet stored. */
    public List<FindingEvent> newEvents() { return List.copyOf(newEvents); }
    /** Whether anything needs storing: a new finding, or a stored one that changed. */
    public boolean needsStoring() { return id == null || changed; }
}
