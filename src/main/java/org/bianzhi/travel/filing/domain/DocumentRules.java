package org.bianzhi.travel.filing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bianzhi.travel.crossing.domain.Crossing;
import org.bianzhi.travel.crossing.domain.PoliceRecords;
import org.bianzhi.travel.crossing.domain.PublicSecurityRules;
import org.bianzhi.travel.domain.PersonTravel;
import org.bianzhi.travel.domain.TravelFinding;
import org.bianzhi.travel.domain.TravelRule;

/**
 * 证件核查: documents used or obtained against the rules, for people filed on the day of the fact.
 * <ul>
 * <li>{@link TravelRule#DOCUMENT_UNDECLARED}: a crossing on a document not declared (declared_on) on or before the
 * crossing day; one finding per document, dated by its first such crossing.</li>
 * <li>{@link TravelRule#DOCUMENT_OBTAINED_WITHOUT_APPROVAL}: a document issued while filed with no application
 * approved on or before the day of issue whose return date is on or after it.</li>
 * <li>{@link TravelRule#CROSSING_WHILE_IN_CUSTODY}: a crossing on a declared document (type and number) its custody
 * ledger shows in the safe all that day ({@link CustodyLedger#heldThroughout}); one finding per crossing.</li>
 * </ul>
 */
public final class DocumentRules {

    private DocumentRules() {
    }

    public static List<TravelFinding> undeclared(PersonTravel p) {
        Map<String, List<Crossing>> byDocument = new LinkedHashMap<>();
        p.crossings().stream().sorted(Crossing.ORDER)
                .filter(c -> p.filedOn(c.on()) && !declaredBy(p, c))
                .forEach(c -> byDocument.computeIfAbsent(c.document(), k -> new ArrayList<>()).add(c));
        List<TravelFinding> found = new ArrayList<>();
        byDocument.forEach((doc, crossings) -> {
            Crossing first = crossings.get(0);
            String later = p.documents().stream().filter(d -> d.key().equals(doc)).findFirst()
                    .map(d -> "，该证件 " + d.declaredOn() + " 才向组织报告").orElse("，该证件未向组织报告");
            found.add(new TravelFinding(TravelRule.DOCUMENT_UNDECLARED, p.personId(), doc, first.on(),
                    first.on() + " 持" + first.docType().label() + " " + first.docNumber() + first.direction().label()
                            + "（" + first.port() + "）" + later + (crossings.size() > 1 ? "；用该证件出入境共 " + crossings.size() + " 次" : "")));
        });
        return found;
    }

    private static boolean declaredBy(PersonTravel p, Crossing c) {
        return p.documents().stream().anyMatch(d -> d.key().equals(c.document()) && !d.declaredOn().isAfter(c.on()));
    }

    /** The documents the person declared only; {@link PublicSecurityRules#obtainedWithoutApproval} adds the issuance records. */
    public static List<TravelFinding> obtainedWithoutApproval(PersonTravel p) {
        return PublicSecurityRules.obtainedWithoutApproval(p, PoliceRecords.NONE);
    }

    /**
     * Not limited to days the person was filed: whatever the filing, the ledger claims the document was in the safe, and
     * the crossing says it was not.
     */
    public static List<TravelFinding> crossingWhileInCustody(PersonTravel p) {
        List<TravelFinding> found = new ArrayList<>();
        for (Crossing c : p.crossings().stream().sorted(Crossing.ORDER).toList()) {
            p.documents().stream().filter(d -> d.key().equals(c.document()) && d.custody().heldThroughout(c.on())).findFirst()
                    .ifPresent(d -> {
                        CustodyLedger.Move last = d.custody().lastOn(c.on().minusDays(1)).orElseThrow();
                        found.add(new TravelFinding(TravelRule.CROSSING_WHILE_IN_CUSTODY, p.personId(),
                                c.document() + "@" + c.on() + ":" + c.direction().name(), c.on(),
                                c.on() + " 持" + c.docType().label() + " " + c.docNumber() + c.direction().label() + "（" + c.port()
                                        + "），保管台账显示该证件自 " + last.on() + " 起由组织集中保管（" + last.kind().label()
                                        + "），当日无领用登记：台账不实或持有第二本证件"));
                    });
        }
        return found;
    }
}
