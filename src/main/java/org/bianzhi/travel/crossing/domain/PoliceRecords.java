package org.bianzhi.travel.crossing.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bianzhi.travel.filing.domain.DocumentType;

/**
 * 公安机关的记录: what public security's own records say of one person as known on a day — the documents it issued to
 * the person's ID number (证件签发记录), the document numbers among the person's crossings that it issued to someone
 * else, the 出国（境）证明 it received for the person — and, to judge the certificates, the person's 人事主管部门 by
 * filing version.
 */
public record PoliceRecords(List<Issuance> issuances, Set<String> issuedToOthers, List<Certificate> certificates,
                            List<Department> departments) {

    public static final PoliceRecords NONE = new PoliceRecords(List.of(), Set.of(), List.of(), List.of());

    /** 证件签发记录: a document public security issued. */
    public record Issuance(DocumentType type, String number, LocalDate issuedOn, String authority) {
        public String key() {
            return type.name() + ":" + number;
        }
    }

    /** 出国（境）证明: its number, the day and the unit that issued it, as written. */
    public record Certificate(String number, LocalDate issuedOn, String issuer) {}

    /** A filing version's 人事主管部门, {@code to} exclusive (null: in force). */
    public record Department(LocalDate from, LocalDate to, String name) {
        boolean contains(LocalDate d) {
            return !d.isBefore(from) && (to == null || to.isAfter(d));
        }
    }
}
