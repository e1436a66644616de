package org.bianzhi.travel.filing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianzhi.shared.domain.Labeled;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.ReportTable;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.PlainText;
import org.bianzhi.travel.filing.application.FilingViews.DocumentRef;
import org.bianzhi.travel.filing.application.FilingViews.FilingView;
import org.bianzhi.travel.filing.application.FilingViews.RequiredView;
import org.bianzhi.travel.filing.domain.Filing;
import org.bianzhi.travel.filing.domain.FilingCategory;
import org.bianzhi.travel.filing.domain.FilingFact;
import org.bianzhi.travel.filing.domain.FilingQueryForm;
import org.bianzhi.travel.filing.domain.FilingRepository;
import org.bianzhi.travel.filing.domain.FilingRequirement.Required;
import org.bianzhi.travel.filing.domain.FilingRequirement;
import org.bianzhi.travel.filing.domain.FilingStatus;
import org.bianzhi.travel.domain.PersonUnits.UnitRef;
import org.bianzhi.travel.domain.TravelFacts;
import org.bianzhi.travel.application.TravelPeople;

/**
 * 登记备案人员 lists: the filings in force on a date (JSON pages, or the 查询表 of seed 002 附件1 as CSV/XLSX) and who
 * the registry says should be filed. Filings number in the thousands: the versions in force are read by SQL, placed
 * in their units and scoped in Java, then paged.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FilingListService {

    @Inject
    FilingRepository filings;

    @Inject
    TravelFacts facts;

    @Inject
    TravelPeople people;

    @Inject
    FilingViewer viewer;

    @Inject
    RegistryClock clock;

    /** What a list asks for. */
    public record Question(LocalDate asOf, String unitPath, FilingRepository.Filter filter) {}

    public Question question(LocalDate asOf, String unit, String category, String status, String text) {
        Check check = new Check();
        FilingCategory c = check.choice(FilingCategory.class, category, "category", "登记备案人员类型");
        FilingStatus s = check.choice(FilingStatus.class, status, "status", "登记备案状态");
        check.orThrow();
        LocalDate on = asOf == null ? clock.today() : asOf;
        return new Question(on, people.unitPath(unit), new FilingRepository.Filter(on, c, s,
                PlainText.blankToNull(text)));
    }

    public Page<FilingView> page(Question q, int offset, int limit) {
        Selection sel = select(q);
        Page<Filing> page = Page.of(sel.filings(), offset, limit);
        return new Page<>(viewer.views(page.items(), sel.units(), q.asOf()), page.total(), offset, limit);
    }

    /**
     * 登记备案人员因私出国（境）信息查询表, seed 002 附件1 ({@link FilingQueryForm}): 姓 and 名 apart, 出生日期 in 8 digits,
     * 现任职务 with the 职级 and the 户口所在地 in force on the day, 证件号 无 when none; rows 省管干部, 处级干部, 其他干部 by
     * rank, then by name.
     */
    public ReportTable table(Question q) {
        Selection sel = select(q);
        List<FilingView> views = viewer.views(sel.filings(), sel.units(), q.asOf());
        Map<Long, TravelFacts.PersonFacts> details = facts.personFactsOn(views.stream().map(v -> v.person().id()).toList(), q.asOf());
        TravelFacts.PersonFacts none = new TravelFacts.PersonFacts(null, null);
        List<FilingQueryForm.Entry> entries = new ArrayList<>();
        for (FilingView v : views) {
            TravelFacts.PersonFacts d = details.getOrDefault(v.person().id(), none);
            List<DocumentRef> valid = v.documents().stream().filter(doc -> doc.cancelledOn() == null
                    && (doc.expiresOn() == null || !doc.expiresOn().isBefore(q.asOf()))).toList();
            boolean held = valid.stream().allMatch(doc -> "HELD".equals(doc.custody()) || "CHECKED_OUT".equals(doc.custody()));
            entries.add(new FilingQueryForm.Entry(v.person().id(), v.person().name(), v.person().genderLabel(), v.person().idNumber(),
                    v.person().birthDate(), v.post(), d.rank(), d.household(), FilingCategory.valueOf(v.category()),
                    v.department(), valid.stream().map(doc -> doc.typeLabel() + doc.number()).toList(),
                    valid.isEmpty() ? null : held, v.statusLabel()));
        }
        return new ReportTable(FilingQueryForm.TITLE, FilingQueryForm.COLUMNS, FilingQueryForm.rows(entries));
    }

    /** 填表单位 of the 查询表: the unit asked for (none: left for the stamp). */
    public String unitName(String unit) {
        return people.unitName(unit);
    }

    public LocalDate today() {
        return clock.today();
    }

    private record Selection(List<Filing> filings, Map<Long, UnitRef> units) {}

    private Selection select(Question q) {
        List<Filing> all = filings.inForce(q.filter());
        Map<Long, UnitRef> units = people.unitsOf(all.stream().map(Filing::personId).toList(), q.asOf());
        return new Selection(all.stream().filter(f -> people.shown(units.get(f.personId()), q.unitPath())).toList(), units);
    }

    /** 应备人员 on a date: everyone the rule requires, with whether (and how) they are filed; {@code missingOnly}: 应备未备. */
    public List<RequiredView> required(LocalDate asOf, String unit, boolean missingOnly) {
        LocalDate on = asOf == null ? clock.today() : asOf;
        String unitPath = people.unitPath(unit);
        Map<Long, Required> required = FilingRequirement.requiredOn(on, facts.stints(on, null));
        Map<Long, FilingFact> filed = new java.util.HashMap<>();
        for (FilingFact f : facts.filings(on, null)) if (f.inForceOn(on)) filed.put(f.personId(), f);
        Set<Long> ids = new HashSet<>(required.keySet());
        Map<Long, UnitRef> units = people.unitsOf(ids, on);
        List<RequiredView> result = new ArrayList<>();
        for (Required r : required.values()) {
            FilingFact f = filed.get(r.personId());
            if ((missingOnly && f != null) || !people.shown(units.get(r.personId()), unitPath)) continue;
            result.add(new RequiredView(people.ref(r.personId(), units.get(r.personId())), r.post().postLabel(),
                    Labeled.codeOf(r.category()), r.post().categoryLabel(), r.since(), f != null, f == null ? null : f.id(),
                    f == null ? null : Labeled.codeOf(f.category()), f == null ? null : Labeled.labelOf(f.category()),
                    Labeled.codeOf(r.post().rank()), Labeled.labelOf(r.post().rank())));
        }
        result.sort(Comparator.comparing(RequiredView::filed).thenComparing(RequiredView::since).thenComparing(v -> v.person().id()));
        return result;
    }
}
