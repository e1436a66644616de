package org.bianzhi.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.roster.domain.PersonRepository;
import org.bianzhi.shared.application.NewTransaction;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.travel.casework.application.CaseCommands.CaseCommand;
import org.bianzhi.travel.casework.application.CaseCommands.HandlingCommand;
import org.bianzhi.travel.filing.application.CustodyService;
import org.bianzhi.travel.filing.application.DocumentService;
import org.bianzhi.travel.filing.application.FilingCommands.DocumentCommand;
import org.bianzhi.travel.filing.application.FilingCommands.FilingCommand;
import org.bianzhi.travel.filing.application.FilingCommands.MoveCommand;
import org.bianzhi.travel.filing.application.FilingListService;
import org.bianzhi.travel.filing.application.FilingService;
import org.bianzhi.travel.filing.application.FilingViews.RequiredView;
import org.bianzhi.travel.approval.application.TravelApplicationService;
import org.bianzhi.travel.casework.application.TravelCaseService;
import org.bianzhi.travel.filing.domain.CustodyMovementKind;

/**
 * 出国（境）管理 in the demo county, so that every screen of the module has something to show: nine in ten of the leaders
 * who must be filed are (one in ten of those not yet reported), a third of them declared a passport and handed it in
 * (one in ten of those did not), and four of them travelled: once as approved, once without approval, once back late
 * and once elsewhere than approved, each trip in the crossings public security sent; the approved trips take the passport
 * out of the safe and give it back, the trip without approval is made on a passport the ledger has in the safe
 * (证件在集中保管期间出入境) and is a case handled by 批评教育.
 */
@ApplicationScoped
public class TravelDemo {

    private static final String DEPARTMENT = "青田县委组织部";
    private static final String BASIS = "演示数据";

    @Inject
    FilingListService lists;

    @Inject
    FilingService filings;

    @Inject
    DocumentService documents;

    @Inject
    CustodyService custody;

    @Inject
    TravelCaseService cases;

    @Inject
    PersonRepository people;

    @Inject
    NewTransaction transaction;

    @Inject
    RegistryClock clock;

    @Inject
    TravelApplicationService applications;

    /** The demo enters a county's past after the fact: its back-dated entries are late (事后补录) and say so. */
    /** The reason of the demo's one late entry; the rest of its history is replayed on the days it happened. */
    static final String LATE = "依据单位纸质保管台账补录，原经办人未及时登记";

    private record Traveller(long personId, String idNumber, String name, String passport, long documentId) {}

    /** {@code importer} imports a CSV of a kind as the demo's other files are imported. */
    void load(BiConsumer<ImportKind, String> importer) {
        LocalDate today = clock.today();
        // reads in a transaction: an entity manager used outside one at start-up is closed again after every round of
        // the audit scheduler, whose context it joins (a SEVERE line in the log five times a second)
        List<RequiredView> required = transaction.run(() -> lists.required(today, null, true));
        List<Traveller> travellers = new ArrayList<>();
        boolean lateShown = false;
        for (int i = 0; i < required.size(); i++) {
            RequiredView r = required.get(i);
            if (r.suggestedCategory() == null) continue; // 职级未登记: the office decides the category, the demo does not guess
            if (i % 10 == 9) continue;
            LocalDate since = r.since();
            LocalDate reported = i % 10 == 8 ? null : min(since.plusDays(10), today);
            filings.create(new FilingCommand(r.person().id(), r.suggestedCategory(), DEPARTMENT, since, reported, BASIS));
            LocalDate declared = since.plusDays(2);
            if (i % 3 != 0 || declared.isAfter(today)) continue;
            String passport = String.format("E%08d", 60_000_000 + i * 7919);
            // issued before the person was filed: obtained without needing an approval
            LocalDate issued = since.minusYears(1);
            long[] registered = new long[1];
            clock.replaying(declared, () -> registered[0] = documents.register(new DocumentCommand(r.person().id(), "PASSPORT",
                    passport, issued, issued.plusYears(10), declared, BASIS, null, null)).document().id());
            long doc = registered[0];
            if (i % 30 == 0 || declared.plusDays(3).isAfter(today)) continue;
            if (!lateShown && i % 30 == 3 && declared.plusDays(60).isBefore(today)) {
                lateShown = true;
                // the one hand-in entered long after the fact: kept, with its reason, and listed as 事后补录
                custody.move(doc, CustodyMovementKind.HAND_IN, new MoveCommand(declared.plusDays(3), null, "本人上交", null, BASIS, LATE));
            } else {
                clock.replaying(declared.plusDays(3), () -> custody.move(doc, CustodyMovementKind.HAND_IN,
                        new MoveCommand(declared.plusDays(3), null, "本人上交", null, BASIS, null)));
            }
            if (travellers.size() < 4 && since.isBefore(today.minusDays(400))) {
                String idNumber = transaction.run(() -> people.findById(r.person().id()).orElseThrow().idNumber().value());
                travellers.add(new Traveller(r.person().id(), idNumber, r.person().name(), passport, doc));
            }
        }
        if (travellers.size() == 4) trips(travellers, today, importer);
    }

    /** Approvals of the past and the crossings of four trips: as approved, without approval, back late, elsewhere. */
    private void trips(List<Traveller> t, LocalDate today, BiConsumer<ImportKind, String> importer) {
        LocalDate a = today.minusDays(200);
        LocalDate b = today.minusDays(150);
        LocalDate c = today.minusDays(100);
        LocalDate d = today.minusDays(60);
        StringBuilder approvals = new StringBuilder("身份证号,姓名,前往国家（地区）,事由,出发日期,返回日期,单位意见,纪检意见,审批结果,审批日期,批准文号\n");
        approval(approvals, t.get(0), "日本", a, a.plusDays(6), 1);
        approval(approvals, t.get(2), "新加坡", c, c.plusDays(4), 2);
        approval(approvals, t.get(3), "香港", d, d.plusDays(3), 3);
        LocalDate e = today.minusDays(2); // a trip under way: its passport is due back after the return (预警)
        approval(approvals, t.get(0), "韩国", e, e.plusDays(6), 4);
        importer.accept(ImportKind.TRAVEL_APPLICATIONS, approvals.toString());
        checkedOut(t.get(0), a, a.plusDays(6));
        checkedOut(t.get(2), c, c.plusDays(8));
        checkedOut(t.get(3), d, d.plusDays(3));
        long current = approvalDeparting(t.get(0), e);
        clock.replaying(e.minusDays(1), () -> custody.move(t.get(0).documentId(), CustodyMovementKind.CHECK_OUT,
                new MoveCommand(e.minusDays(1), current, "因私出国（境）领用", null, BASIS, null)));
        StringBuilder crossings = new StringBuilder("身份证号,证件类型,证件号码,出入境方向,日期,口岸,前往地\n");
        trip(crossings, t.get(0), "日本", a, a.plusDays(6));
        trip(crossings, t.get(1), "泰国", b, b.plusDays(5));
        trip(crossings, t.get(2), "新加坡", c, c.plusDays(8));
        trip(crossings, t.get(3), "澳门", d, d.plusDays(3));
        importer.accept(ImportKind.BORDER_CROSSINGS, crossings.toString());
        long id = cases.open(new CaseCommand(t.get(1).personId(), "UNAPPROVED_TRIP", "出入境记录显示 " + b + " 未经批准赴泰国",
                b.plusDays(30), "TOWNSHIP", null, null, null)).id();
        cases.handle(id, new HandlingCommand("CRITICISM", b.plusDays(40), "青组〔" + b.getYear() + "〕31号", "已谈话提醒"));
    }

    /** The passport out of the safe the day before {@code out} for the approval departing then, back the day after {@code back}. */
    private void checkedOut(Traveller t, LocalDate out, LocalDate back) {
        long application = approvalDeparting(t, out);
        clock.replaying(out.minusDays(1), () -> custody.move(t.documentId(), CustodyMovementKind.CHECK_OUT,
                new MoveCommand(out.minusDays(1), application, "因私出国（境）领用", null, BASIS, null)));
        clock.replaying(back.plusDays(1), () -> custody.move(t.documentId(), CustodyMovementKind.RETURN,
                new MoveCommand(back.plusDays(1), null, "回国后交回", null, BASIS, null)));
    }

    private long approvalDeparting(Traveller t, LocalDate out) {
        return transaction.run(() -> applications.list(t.personId(), null, "APPROVED", null, null, 0, 50).items().stream()
                .filter(v -> v.departsOn().equals(out)).findFirst().orElseThrow().id());
    }

    private static void approval(StringBuilder csv, Traveller t, String place, LocalDate out, LocalDate back, int n) {
        csv.append(String.join(",", t.idNumber(), t.name(), place, "探亲访友", out.toString(), back.toString(), "同意", "同意", "批准",
                out.minusDays(14).toString(), "青组审〔" + out.getYear() + "〕" + n + "号")).append('\n');
    }

    private static void trip(StringBuilder csv, Traveller t, String place, LocalDate out, LocalDate back) {
        csv.append(String.join(",", t.idNumber(), "普通护照", t.passport(), "出境", out.toString(), "上海浦东机场", place)).append('\n');
        csv.append(String.join(",", t.idNumber(), "普通护照", t.passport(), "入境", back.toString(), "上海浦东机场", "")).append('\n');
    }

    private static LocalDate min(LocalDate x, LocalDate y) {
        return x.isBefore(y) ? x : y;
    }
}
