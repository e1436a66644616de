package org.bianzhi.delegation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bianzhi.delegation.domain.DelegationPurpose;
import org.bianzhi.delegation.domain.RankBand;
import org.bianzhi.delegation.domain.ReviewFacts.PostSpan;
import org.bianzhi.delegation.domain.ReviewFacts.Span;
import org.bianzhi.delegation.domain.ReviewFacts.Trip;
import org.bianzhi.delegation.domain.ReviewFacts;
import org.bianzhi.delegation.domain.ReviewTally.PersonTrip;
import org.bianzhi.delegation.domain.ReviewTally;
import org.bianzhi.establishment.application.UnitService;
import org.bianzhi.roster.domain.CadreRank;
import org.bianzhi.roster.domain.PersonFact;
import org.bianzhi.roster.domain.PersonFactKind;
import org.bianzhi.roster.domain.PersonRepository;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.ReportTable;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.UnitPath;
import org.bianzhi.travel.domain.PersonUnits;

/**
 * 出国（境）人员审查审批统计 (seed 000) for a period and a unit's subtree: official delegations approved in the period
 * (by their organising unit; a delegation approved and later cancelled is not counted) and private applications approved
 * in it (by the applicant's unit on the period's last day), counted by {@link ReviewTally}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewStatistics {

    @Inject
    ReviewFacts facts;

    @Inject
    PersonRepository people;

    @Inject
    PersonUnits personUnits;

    @Inject
    UnitService units;

    @Inject
    RegistryClock clock;

    /** A count of one heading. */
    public record Count(String code, String label, long count) {}

    /** The report: cases (件) and people per trip (人次), with the seed's breakdowns and a sentence in the seed's words. */
    public record ReviewReport(LocalDate from, LocalDate to, String unitCode, long cases, long officialCases, long privateCases,
                               long people, long official, long officialFiled, long privateTrips, List<Count> byRank,
                               List<Count> byPurpose, String summary, List<String> notes) {

        public ReportTable table() {
            List<String> columns = new ArrayList<>(List.of("统计期间", "审查办理（件）", "其中因公团组（件）", "其中因私申请（件）", "涉及人次",
                    "因公", "其中备案管理", "因私"));
            List<Object> row = new ArrayList<>(List.of(from + " 至 " + to, cases, officialCases, privateCases, people, official,
                    officialFiled, privateTrips));
            for (Count c : byRank) {
                columns.add(c.label());
                row.add(c.count());
            }
            for (Count c : byPurpose) {
                columns.add(c.label());
                row.add(c.count());
            }
            List<List<Object>> rows = new ArrayList<>();
            rows.add(row);
            for (String note : notes) rows.add(List.of("注：" + note));
            return new ReportTable("出国（境）人员审查审批统计", columns, rows);
        }
    }

    public ReviewReport report(String unitCode, LocalDate from, LocalDate to) {
        LocalDate last = to == null ? clock.today() : to;
        LocalDate first = from == null ? last.withDayOfYear(1) : from;
        if (first.isAfter(last)) throw BianzhiException.invalid("from", "统计开始日期 " + first + " 晚于结束日期 " + last);
        String scopePath = units.subtree(unitCode);
        List<Trip> official = facts.officialTrips(first, last, scopePath);
        List<Trip> privateTrips = facts.privateTrips(first, last);
        if (scopePath != null) {
            var placed = personUnits.unitsOf(privateTrips.stream().map(Trip::personId).collect(Collectors.toSet()), last);
            privateTrips = privateTrips.stream().filter(t -> placed.containsKey(t.personId())
                    && UnitPath.within(placed.get(t.personId()).path(), scopePath)).toList();
        }
        var people = new HashSet<Long>();
        official.forEach(t -> people.add(t.personId()));
        privateTrips.forEach(t -> people.add(t.personId()));
        Map<Long, List<Span>> filings = new HashMap<>();
        facts.filings(people).forEach(s -> filings.computeIfAbsent(s.personId(), k -> new ArrayList<>()).add(s));
        Map<Long, List<PostSpan>> posts = new HashMap<>();
        Map<Long, List<PersonFact>> ranks = this.people.factsOf(people); // every traveller's recorded ranks, in one read
        facts.appointments(people).forEach(p -> posts.computeIfAbsent(p.span().personId(), k -> new ArrayList<>()).add(p));

        List<PersonTrip> trips = new ArrayList<>();
        for (Trip t : official) {
            boolean filed = filings.getOrDefault(t.personId(), List.of()).stream().anyMatch(s -> s.contains(t.departsOn()));
            trips.add(new PersonTrip(t.caseKey(), true, filed, rank(posts, ranks, t), t.purpose() == null ? null : DelegationPurpose.valueOf(t.purpose())));
        }
        for (Trip t : privateTrips) {
            trips.add(new PersonTrip(t.caseKey(), false, false, rank(posts, ranks, t), privatePurpose(t.purpose())));
        }
        var totals = ReviewTally.of(trips);
        long officialCases = official.stream().map(Trip::caseKey).distinct().count();
        List<Count> byRank = totals.byRank().entrySet().stream().map(e -> new Count(e.getKey().name(), e.getKey().label(), e.getValue())).toList();
        List<Count> byPurpose = totals.byPurpose().entrySet().stream().map(e -> new Count(e.getKey().name(), e.getKey().label(), e.getValue())).toList();
        String summary = first + " 至 " + last + " 共审查办理出国（境）人员手续" + totals.cases() + "件，涉及" + totals.people() + "人次，其中因公"
                + totals.official() + "人次（备案管理" + totals.officialFiled() + "人次），因私" + totals.privateTrips() + "人次。"
                + byRank.stream().map(c -> c.label() + c.count() + "人次").collect(Collectors.joining("，")) + "。"
                + byPurpose.stream().map(c -> c.label() + c.count() + "人次").collect(Collectors.joining("，")) + "。";
        List<String> notes = List.of(
                "件：因公团组按批准日期、因私申请按审批日期在统计期间内且已批准计（因公团组批准后撤销的不计）；人次：每人每次出访计一次。",
                "备案管理：因公出访人员在出发日有登记备案记录的人次。",
                "职级按出发日登记的职务层次计（省部级、厅局级计入局级，县处级计入处级，乡科级计入科级）；未登记职务层次的，按出发日所任领导职务及其单位层级推算：省直单位正副职为局级、内设机构为处级；市直单位正副职为处级、"
                        + "内设机构为科级，市级地方主要领导为局级；县直单位和乡镇正副职为科级，县级地方主要领导（县委书记、县长）为处级；其余为其他人员。",
                "出访类别：因公按团组登记的出访类别（未填写的计入其他）；因私按申请事由：探亲访友、旅游计入访问或考察，商务计入经贸活动，"
                        + "学习考察计入学习培训，就医及其他计入其他。");
        return new ReviewReport(first, last, unitCode == null || unitCode.isBlank() ? null : unitCode.strip().toUpperCase(), totals.cases(),
                officialCases, totals.cases() - officialCases, totals.people(), totals.official(), totals.officialFiled(), totals.privateTrips(),
                byRank, byPurpose, summary, notes);
    }

    /** The person's recorded 职务层次 on the departure day; without one, the band their posts suggest. */
    private RankBand rank(Map<Long, List<PostSpan>> posts, Map<Long, List<PersonFact>> ranks, Trip t) {
        var history = ranks.getOrDefault(t.personId(), List.of());
        var recorded = PersonFact.valueOn(history, PersonFactKind.RANK, t.departsOn()).map(CadreRank::valueOf);
        if (recorded.isPresent()) return RankBand.of(recorded.get());
        return RankBand.of(posts.getOrDefault(t.personId(), List.of()).stream().filter(p -> p.span().contains(t.departsOn()))
                .map(p -> new RankBand.PostLevel(facts.levelOn(p.unitId(), t.departsOn()), p.category(), p.role())).toList());
    }

    /** 因私事由 → 出访类别 (the seed counts private trips under the same headings). */
    static DelegationPurpose privatePurpose(String travelPurpose) {
        if (travelPurpose == null) return DelegationPurpose.OTHER;
        return switch (travelPurpose) {
            case "FAMILY_VISIT", "TOURISM" -> DelegationPurpose.VISIT;
            case "BUSINESS" -> DelegationPurpose.TRADE;
            case "STUDY" -> DelegationPurpose.TRAINING;
            default -> DelegationPurpose.OTHER;
        };
    }
}
