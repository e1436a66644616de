package org.bianzhi.travel.crossing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bianzhi.travel.approval.domain.Approval;
import org.bianzhi.travel.domain.Horizon;
import org.bianzhi.travel.domain.PersonTravel;
import org.bianzhi.travel.domain.TravelFinding;
import org.bianzhi.travel.domain.TravelRule;

/**
 * 出国（境）行程核查 against approvals and declarations, for trips with a known departure by people filed on the day
 * of departure. A trip is measured against the approval that covers it ({@link Approval#covering}).
 */
public final class TripRules {

    private TripRules() {
    }

    /** The trips the rules judge: departure known and filed that day. */
    private static List<Trip> judged(PersonTravel p) {
        return p.trips().stream().filter(t -> t.departureKnown() && p.filedOn(t.departedOn())).toList();
    }

    /** {@link TravelRule#TRIP_WITHOUT_APPROVAL}: no approved application covers the departure. */
    public static List<TravelFinding> withoutApproval(PersonTravel p) {
        List<TravelFinding> found = new ArrayList<>();
        for (Trip t : judged(p)) {
            if (Approval.covering(t, p.approvals()).isEmpty()) {
                found.add(finding(TravelRule.TRIP_WITHOUT_APPROVAL, p, t, t.departedOn() + " 持" + t.docType().label() + "出境前往"
                        + t.destination() + "（" + t.exitPort() + "），没有经批准的因私出国（境）申请"));
            }
        }
        return found;
    }

    /**
     * {@link TravelRule#TRIP_LATE_RETURN}: back after the approved return date, or still away after it. A trip whose
     * entry record is missing has an unknown return and is not judged.
     */
    public static List<TravelFinding> lateReturn(PersonTravel p, LocalDate asOf) {
        List<TravelFinding> found = new ArrayList<>();
        for (Trip t : judged(p)) {
            Optional<Approval> a = Approval.covering(t, p.approvals());
            if (a.isEmpty() || t.entryMissing()) continue;
            LocalDate due = a.get().returnsOn();
            LocalDate back = t.returnedOn() != null ? t.returnedOn() : asOf;
            long late = ChronoUnit.DAYS.between(due, back);
            if (late <= 0) continue;
            String when = t.returnedOn() != null ? t.returnedOn() + " 入境" : "截至 " + asOf + " 尚未入境";
            found.add(finding(TravelRule.TRIP_LATE_RETURN, p, t, "审批 " + a.get().number() + " 批准 " + due + " 前返回，" + when
                    + "，逾期 " + late + " 天"));
        }
        return found;
    }

    /** {@link TravelRule#TRIP_OTHER_DESTINATION}: the exit's destination is not among the covering approval's. */
    public static List<TravelFinding> otherDestination(PersonTravel p) {
        List<TravelFinding> found = new ArrayList<>();
        for (Trip t : judged(p)) {
            Optional<Approval> a = Approval.covering(t, p.approvals());
            if (a.isEmpty() || t.destination() == null || a.get().names(t.destination())) continue;
            found.add(finding(TravelRule.TRIP_OTHER_DESTINATION, p, t, t.departedOn() + " 出境前往" + t.destination() + "，审批 "
                    + a.get().number() + " 批准前往 " + String.join("、", a.get().destinations().stream().sorted().toList())));
        }
        return found;
    }

    /**
     * {@link TravelRule#TRIP_UNDECLARED}: neither covered by an approval nor overlapping a trip the person reported
     * (a report with no return date lasts to {@code asOf}) before the trip was detected. A report counts only when it
     * was made (its day) and entered (its recording) before public security's record of the trip reached the registry
     * (the earliest recording of its crossings): seed 001 asks for reports of past trips (2016年以来出国（境）情况报告),
     * so a report after the return still counts, but one made after the trip was found is not 如实报告, it is 瞒报.
     */
    public static List<TravelFinding> undeclared(PersonTravel p, LocalDate asOf) {
        List<TravelFinding> found = new ArrayList<>();
        for (Trip t : judged(p)) {
            if (Approval.covering(t, p.approvals()).isPresent()) continue;
            LocalDate last = t.lastDay(asOf);
            Instant detected = detected(p, t);
            boolean reported = p.declarations().stream().anyMatch(d -> !d.declaredOn().isAfter(asOf)
                    && !d.departsOn().isAfter(last) && !(d.returnsOn() == null ? asOf : d.returnsOn()).isBefore(t.departedOn())
                    && before(d, detected));
            if (!reported) {
                found.add(finding(TravelRule.TRIP_UNDECLARED, p, t, t.departedOn() + " 至 "
                        + (t.returnedOn() == null ? "（未入境）" : t.returnedOn().toString()) + " 前往" + t.destination()
                        + "，既未经审批，也未在出入境记录发现前向组织报告"));
            }
        }
        return found;
    }

    /** When the trip reached the registry: the earliest recording of its exit or entry (null: not known). */
    static Instant detected(PersonTravel p, Trip t) {
        return p.crossings().stream().filter(c -> c.recordedAt() != null && c.docNumber().equals(t.docNumber())
                        && (c.on().equals(t.departedOn()) && c.direction() == CrossingDirection.EXIT
                        || c.on().equals(t.returnedOn()) && c.direction() == CrossingDirection.ENTRY))
                .map(Crossing::recordedAt).min(Instant::compareTo).orElse(null);
    }

    /** Reported before the detection: entered before it, and dated no later than its day. */
    private static boolean before(PersonTravel.Declaration d, Instant detected) {
        if (detected == null) return true;
        return (d.recordedAt() == null || d.recordedAt().isBefore(detected))
                && !d.declaredOn().isAfter(detected.atZone(Horizon.ZONE).toLocalDate());
    }

    private static TravelFinding finding(TravelRule rule, PersonTravel p, Trip t, String message) {
        return new TravelFinding(rule, p.personId(), t.subject(), t.departedOn(), message);
    }
}
