package org.bianzhi.travel.crossing.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bianzhi.travel.domain.PersonTravel;
import org.bianzhi.travel.domain.TravelFinding;
import org.bianzhi.travel.domain.TravelRule;
import org.bianzhi.travel.filing.domain.DocumentType;

/**
 * 公安机关重点核查的3类问题 (seed 002) on a person's facts and public security's records ({@link PoliceRecords}).
 * <ul>
 * <li>{@link TravelRule#DOCUMENT_OBTAINED_WITHOUT_APPROVAL}: a document issued while filed with no application approved on
 * or before the day of issue whose return date is on or after it. The documents are those public security issued and
 * those the person declared, one finding per document (TYPE:number): the issuance record's day and authority when
 * public security has it, else the declared day of issue.</li>
 * <li>{@link TravelRule#CERTIFICATE_OUTSIDE_AUTHORITY}: an 出国（境）证明 issued while the person was filed by a unit other
 * than the 人事主管部门 of the filing in force that day — the department that manages the cadre is who may certify
 * them. Names are compared as written, less blanks and full-width forms; the registry holds the department by name.</li>
 * <li>{@link TravelRule#DOCUMENT_FORGED}: a crossing on a document of a type for which public security has issued this
 * person a document on or before the crossing day — from then on its records answer for the person's documents of
 * that type — and whose number it did not issue to the person by that day. Before any issuance record of the type
 * (none imported, or the person's documents of that type predate the extract) nothing is judged, so an office that
 * never imported issuance records sees no such finding. Not limited to days the person was filed.</li>
 * </ul>
 */
public final class PublicSecurityRules {

    private PublicSecurityRules() {
    }

    public static List<TravelFinding> obtainedWithoutApproval(PersonTravel p, PoliceRecords r) {
        record Issued(DocumentType type, String number, LocalDate on, String authority) {}
        Map<String, Issued> documents = new LinkedHashMap<>();
        r.issuances().forEach(i -> documents.putIfAbsent(i.key(), new Issued(i.type(), i.number(), i.issuedOn(), i.authority())));
        for (PersonTravel.Document d : p.documents()) {
            if (d.issuedOn() != null) documents.putIfAbsent(d.key(), new Issued(d.type(), d.number(), d.issuedOn(), null));
        }
        List<TravelFinding> found = new ArrayList<>();
        documents.forEach((key, d) -> {
            if (!p.filedOn(d.on())) return;
            boolean approved = p.approvals().stream().anyMatch(a -> !a.decidedOn().isAfter(d.on()) && !a.returnsOn().isBefore(d.on()));
            if (approved) return;
            found.add(new TravelFinding(TravelRule.DOCUMENT_OBTAINED_WITHOUT_APPROVAL, p.personId(), key, d.on(),
                    d.type().label() + " " + d.number() + " 于 " + d.on() + " 签发" + (d.authority() == null ? "" : "（" + d.authority()
                            + "，公安机关签发记录）") + "，本人当时为登记备案人员，无经批准的因私出国（境）申请"));
        });
        return found;
    }

    public static List<TravelFinding> certificateOutsideAuthority(PersonTravel p, PoliceRecords r) {
        List<TravelFinding> found = new ArrayList<>();
        for (PoliceRecords.Certificate c : r.certificates()) {
            if (!p.filedOn(c.issuedOn())) continue;
            Optional<PoliceRecords.Department> dept = r.departments().stream().filter(d -> d.contains(c.issuedOn()))
                    .max(Comparator.comparing(PoliceRecords.Department::from));
            if (dept.isEmpty() || same(dept.get().name(), c.issuer())) continue;
            found.add(new TravelFinding(TravelRule.CERTIFICATE_OUTSIDE_AUTHORITY, p.personId(), "CERTIFICATE:" + c.number(), c.issuedOn(),
                    "出国（境）证明 " + c.number() + " 由“" + c.issuer() + "”于 " + c.issuedOn() + " 出具，本人当时为登记备案人员，"
                            + "人事主管部门为“" + dept.get().name() + "”：未按干部管理权限出具"));
        }
        return found;
    }

    public static List<TravelFinding> forged(PersonTravel p, PoliceRecords r) {
        Map<String, List<Crossing>> byDocument = new LinkedHashMap<>();
        for (Crossing c : p.crossings().stream().sorted(Crossing.ORDER).toList()) {
            boolean answered = r.issuances().stream().anyMatch(i -> i.type() == c.docType() && !i.issuedOn().isAfter(c.on()));
            if (!answered) continue;
            boolean issued = r.issuances().stream().anyMatch(i -> i.key().equals(c.document()) && !i.issuedOn().isAfter(c.on()));
            if (!issued) byDocument.computeIfAbsent(c.document(), k -> new ArrayList<>()).add(c);
        }
        List<TravelFinding> found = new ArrayList<>();
        byDocument.forEach((doc, crossings) -> {
            Crossing first = crossings.get(0);
            Optional<PoliceRecords.Issuance> later = r.issuances().stream().filter(i -> i.key().equals(doc)).findFirst();
            String why = later.map(i -> "该证件 " + i.issuedOn() + " 才签发").orElse(r.issuedToOthers().contains(doc)
                    ? "公安机关签发记录中该号码签发给他人" : "公安机关签发记录中无此证件号码");
            found.add(new TravelFinding(TravelRule.DOCUMENT_FORGED, p.personId(), doc, first.on(), first.on() + " 持"
                    + first.docType().label() + " " + first.docNumber() + first.direction().label() + "（" + first.port() + "），" + why
                    + (crossings.size() > 1 ? "；用该证件出入境共 " + crossings.size() + " 次" : "") + "：疑似伪造、变造或冒用证件，应移交公安机关"));
        });
        return found;
    }

    /** Two unit names are the same name: blanks and full-width forms aside. */
    static boolean same(String a, String b) {
        return a != null && b != null && plain(a).equals(plain(b));
    }

    private static String plain(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s", "");
    }
}
