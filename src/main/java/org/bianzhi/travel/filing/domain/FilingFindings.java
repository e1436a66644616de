package org.bianzhi.travel.filing.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.bianzhi.travel.filing.domain.FilingRequirement.Required;
import org.bianzhi.travel.filing.domain.FilingRequirement.Stint;
import org.bianzhi.travel.domain.TravelFinding;
import org.bianzhi.travel.domain.TravelRule;

/**
 * The checks of 应备尽备 on plain facts: who should be filed and is not (FILING_MISSING), filings or changes not
 * reported to public security in time (FILING_REPORT_OVERDUE), and derived filings whose post was left long ago
 * without a change (FILING_OUTDATED).
 */
public final class FilingFindings {

    private FilingFindings() {
    }

    /** Qualifying on {@code asOf} by the rule and no filing in force: dated from the start of the post. */
    public static List<TravelFinding> missing(LocalDate asOf, List<Stint> stints, List<FilingFact> filings) {
        List<TravelFinding> found = new ArrayList<>();
        for (Required r : FilingRequirement.requiredOn(asOf, stints).values()) {
            boolean filed = filings.stream().anyMatch(f -> f.personId() == r.personId() && f.inForceOn(asOf));
            if (filed) continue;
            found.add(new TravelFinding(TravelRule.FILING_MISSING, r.personId(), "", r.since(), r.post().describe()
                    + "（自 " + r.since() + " 起），应列为登记备案人员（" + r.post().categoryLabel() + "），未登记备案"));
        }
        return found;
    }

    /** A version not reported within {@code days} of its first day, or reported later than that. */
    public static List<TravelFinding> reportOverdue(LocalDate asOf, int days, List<FilingFact> filings) {
        List<TravelFinding> found = new ArrayList<>();
        for (FilingFact f : filings) {
            if (f.validFrom().isAfter(asOf)) continue;
            LocalDate deadline = f.reportDeadline(days);
            String what = (f.changeOf() == null ? "新增" : "变更") + "备案（" + f.category().label() + "，" + f.validFrom() + " 起）";
            LocalDate reported = f.reportedBy(asOf);
            String message;
            if (reported != null) {
                if (!reported.isAfter(deadline)) continue;
                message = what + "应于 " + deadline + " 前报备公安机关，" + reported + " 才报备，逾期 " + between(deadline, reported) + " 天";
            } else {
                if (!deadline.isBefore(asOf)) continue;
                boolean closed = f.validTo() != null && !f.validTo().isAfter(asOf);
                if (closed && !f.validTo().isAfter(deadline)) continue;
                LocalDate until = closed ? f.validTo() : asOf;
                message = what + "应于 " + deadline + " 前报备公安机关，" + (closed ? "至 " + until + " 截止时" : "至 " + asOf + " ")
                        + "仍未报备，逾期 " + between(deadline, until) + " 天";
            }
            found.add(new TravelFinding(TravelRule.FILING_REPORT_OVERDUE, f.personId(), "FILING:" + f.id(), deadline, message));
        }
        return found;
    }

    /**
     * A filing in force under a derived category whose person stopped qualifying on X, with X + {@code days} before
     * {@code asOf} and no version begun on or after X.
     */
    public static List<TravelFinding> outdated(LocalDate asOf, int days, List<Stint> stints, List<FilingFact> filings) {
        List<TravelFinding> found = new ArrayList<>();
        Map<Long, List<Stint>> byPerson = FilingRequirement.byPerson(stints);
        for (FilingFact f : filings) {
            if (!f.inForceOn(asOf) || !FilingRequirement.derived(f.category())) continue;
            List<Stint> own = byPerson.getOrDefault(f.personId(), List.of());
            LocalDate lost = FilingRequirement.lostOn(asOf, own).orElse(null);
            if (lost == null || !lost.plusDays(days).isBefore(asOf)) continue;
            boolean changedSince = filings.stream().anyMatch(o -> o.personId() == f.personId() && !o.validFrom().isBefore(lost)
                    && !o.validFrom().isAfter(asOf));
            if (changedSince) continue;
            Stint last = own.stream().filter(s -> lost.equals(s.to())).max(Comparator.comparing(Stint::from)).orElseThrow();
            found.add(new TravelFinding(TravelRule.FILING_OUTDATED, f.personId(), "", lost, "登记备案类型为“" + f.category().label()
                    + "”，但自 " + lost + " 起已不再" + (last.post() == null ? "符合（" + last.postLabel() + "）" : "任" + last.postLabel()) + "，超过 " + days + " 天未变更或撤销登记备案"));
        }
        return found;
    }

    static long between(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
