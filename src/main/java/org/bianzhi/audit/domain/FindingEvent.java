package org.bianzhi.audit.domain;

import java.time.Instant;

/**
 * One step of a finding's history (处理记录): detected, acknowledged, resolved by a person, cleared because the
 * cause went away, or reopened because it came back.
 */
public record FindingEvent(Action action, FindingStatus status, String actor, Instant at, String note) {

    public enum Action { DETECTED, ACKNOWLEDGED, RESOLVED, CLEARED, REOPENED }
}
