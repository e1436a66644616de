package org.bianzhi.it;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A seeded, deterministic county for the 出入境比对 end-to-end test: people in a few units, each given one story
 * (a clean trip, a near miss, or a planted problem), with their filing and declared document, the approvals file and
 * the public-security crossings file, and the manifest of the findings the checks must report — no more, no less.
 * ID numbers and document numbers are fresh per run (the database is shared); the stories are the seed's.
 */
final class TravelScenario {

    /** One story per person, in the order they are dealt out. */
    enum Story {
        CLEAN, BACK_ON_THE_DAY, OTHER_NAME_OF_THE_DESTINATION, DECLARED_ON_THE_CROSSING_DAY, UNDECLARED_DOCUMENT,
        ISSUED_WITHOUT_APPROVAL, ISSUED_ON_THE_APPROVAL_DAY, UNAPPROVED_TRIP, LATE_RETURN, STILL_AWAY, OTHER_DESTINATION,
        BEFORE_FILING, GAP_IN_ENTRIES, REPORTED_UNAPPROVED_TRIP,
        // filing (应备尽备), custody (应交尽交) and the approvals themselves (审批把关)
        NOT_FILED_HEAD, FILING_REPORTED_LATE, FILING_REPORTED_ON_DAY_30, POST_LEFT_LONG_AGO, POST_LEFT_RECENTLY,
        NOT_HANDED_IN, HANDED_IN_LATE, HANDED_IN_ON_THE_LAST_DAY, NOT_RETURNED, RETURNED_ON_THE_LAST_DAY,
        APPROVED_WITHOUT_DISCIPLINE_OPINION, APPROVED_ON_THE_DEPARTURE_DAY
    }

    record Person(int index, String unit, String name, String idNumber, Story story, String passport, String undeclared) {}

    record Document(String idNumber, String type, String number, LocalDate issued, LocalDate declared) {}

    record Approval(String idNumber, String destinations, LocalDate departs, LocalDate returns, LocalDate decided, String discipline) {
        Approval(String idNumber, String destinations, LocalDate departs, LocalDate returns, LocalDate decided) {
            this(idNumber, destinations, departs, returns, decided, "同意");
        }
    }

    /** A leadership appointment held from {@code from} until {@code to} (exclusive; null: still held). */
    record Appointment(String idNumber, String category, LocalDate from, LocalDate to) {}

    /** A document checked out on {@code out} for the approval departing on {@code departs}, given back on {@code returned} (null: never). */
    record Checkout(String idNumber, String number, LocalDate departs, LocalDate out, LocalDate returned) {}

    /** 个人报告: a trip the person reported themselves. */
    record Declaration(String idNumber, LocalDate departs, LocalDate returns, String destination, LocalDate declared) {}

    record Crossing(String idNumber, String type, String number, String direction, LocalDate day, String port, String destination) {}

    final List<Person> people = new ArrayList<>();
    final List<Document> documents = new ArrayList<>();
    final List<Approval> approvals = new ArrayList<>();
    final List<Crossing> crossings = new ArrayList<>();
    final List<Declaration> declarations = new ArrayList<>();
    final List<Appointment> appointments = new ArrayList<>();
    final List<Checkout> checkouts = new ArrayList<>();
    /** When each declared document is handed in (absent: never). */
    final Map<String, LocalDate> handIns = new HashMap<>();
    /** When each person's filing was reported (absent: nine days after {@link #FILED}). */
    final Map<String, LocalDate> filingReported = new HashMap<>();
    /** People nobody filed. */
    final Set<String> unfiled = new HashSet<>();
    /** {@code RULE|ID number|subject} of every planted problem. */
    final Set<String> manifest = new TreeSet<>();
    /** When every person was filed (and reported, and their passport declared). */
    static final LocalDate FILED = LocalDate.of(2020, 1, 1);

    private static final String[] PLACES = {"日本", "泰国", "新加坡", "韩国", "澳大利亚"};
    private static final String[] PORTS = {"上海浦东机场", "杭州萧山机场", "温州龙湾机场", "深圳罗湖口岸"};

    private final Random random;
    private final long run = System.currentTimeMillis() % 1_000_000L;
    private int documentSeq;

    TravelScenario(long seed, List<String> units, int count) {
        random = new Random(seed);
        Story[] stories = Story.values();
        for (int i = 0; i < count; i++) {
            Story story = stories[i % stories.length];
            LocalDate birth = LocalDate.of(1965 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
            Person p = new Person(i, units.get(i % units.size()), Fixtures.uniqueName("林"), Fixtures.idNumber(birth, i % 2 == 0),
                    story, passport(), passport());
            people.add(p);
            tell(p);
        }
    }

    private String passport() {
        return String.format("E%05d%03d", run % 100_000, ++documentSeq % 1000);
    }

    private void tell(Person p) {
        // a trip on a random day of 2025, two to ten days, to a random place
        LocalDate out = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(300));
        LocalDate back = out.plusDays(2 + random.nextInt(9));
        String place = PLACES[random.nextInt(PLACES.length)];
        String id = p.idNumber();
        LocalDate declared = p.story() == Story.DECLARED_ON_THE_CROSSING_DAY ? out : FILED.plusDays(4);
        LocalDate issued = switch (p.story()) {
            case ISSUED_WITHOUT_APPROVAL, ISSUED_ON_THE_APPROVAL_DAY -> out.minusDays(20);
            default -> FILED.minusYears(1);
        };
        LocalDate declaredOn = declared.isBefore(issued) ? issued : declared;
        documents.add(new Document(id, "PASSPORT", p.passport(), issued, declaredOn));
        // handed in the day after it was declared: due within 7 days of the later of filing and declaring
        LocalDate due = declaredOn.isAfter(FILED) ? declaredOn.plusDays(7) : FILED.plusDays(7);
        handIns.put(p.passport(), declaredOn.plusDays(1));
        switch (p.story()) {
            case NOT_FILED_HEAD -> {
                unfiled.add(id);
                appointments.add(new Appointment(id, "UNIT_PRINCIPAL", LocalDate.of(2020, 3, 1), null));
                manifest.add("FILING_MISSING|" + id + "|");
            }
            case FILING_REPORTED_LATE -> {
                filingReported.put(id, FILED.plusDays(31));
                manifest.add("FILING_REPORT_OVERDUE|" + id + "|FILING");
            }
            case FILING_REPORTED_ON_DAY_30 -> filingReported.put(id, FILED.plusDays(30));
            case POST_LEFT_LONG_AGO -> {
                appointments.add(new Appointment(id, "UNIT_DEPUTY", LocalDate.of(2020, 2, 1), LocalDate.of(2025, 1, 1)));
                manifest.add("FILING_OUTDATED|" + id + "|");
            }
            case POST_LEFT_RECENTLY -> appointments.add(new Appointment(id, "UNIT_DEPUTY", LocalDate.of(2020, 2, 1), LocalDate.of(2026, 6, 10)));
            case NOT_HANDED_IN -> {
                handIns.remove(p.passport());
                manifest.add("DOCUMENT_NOT_IN_CUSTODY|" + id + "|PASSPORT:" + p.passport());
            }
            case HANDED_IN_LATE -> {
                handIns.put(p.passport(), due.plusDays(1));
                manifest.add("DOCUMENT_HANDED_IN_LATE|" + id + "|PASSPORT:" + p.passport());
            }
            case HANDED_IN_ON_THE_LAST_DAY -> handIns.put(p.passport(), due);
            case NOT_RETURNED -> {
                approvedTrip(p, out, back, back, place, place, null);
                manifest.add("DOCUMENT_NOT_RETURNED|" + id + "|PASSPORT:" + p.passport());
                manifest.add("DOCUMENT_NOT_IN_CUSTODY|" + id + "|PASSPORT:" + p.passport());
            }
            case RETURNED_ON_THE_LAST_DAY -> approvedTrip(p, out, back, back, place, place, back.plusDays(10));
            case APPROVED_WITHOUT_DISCIPLINE_OPINION -> {
                checkOut(p, approve(new Approval(id, place, out, back, out.minusDays(10), "")), back.plusDays(1));
                trip(id, p.passport(), out, back, place);
                manifest.add("APPROVAL_AGAINST_RULES|" + id + "|CG");
            }
            case APPROVED_ON_THE_DEPARTURE_DAY -> {
                checkOut(p, approve(new Approval(id, place, out, back, out)), back.plusDays(1));
                trip(id, p.passport(), out, back, place);
            }
            case CLEAN, DECLARED_ON_THE_CROSSING_DAY -> approvedTrip(p, out, back, back, place, place);
            case BACK_ON_THE_DAY -> approvedTrip(p, out, back, back, place, place);
            case OTHER_NAME_OF_THE_DESTINATION -> approvedTrip(p, out, back, back, "香港", "中国香港");
            case UNDECLARED_DOCUMENT -> {
                approvals.add(new Approval(id, place, out, back, out.minusDays(10)));
                trip(id, p.undeclared(), out, back, place);
                manifest.add("DOCUMENT_UNDECLARED|" + id + "|PASSPORT:" + p.undeclared());
            }
            case ISSUED_WITHOUT_APPROVAL -> {
                // approved only after the document was issued: the trip is fine, the document was obtained without approval
                approvedTrip(p, out, back, back, place, place);
                manifest.add("DOCUMENT_OBTAINED_WITHOUT_APPROVAL|" + id + "|PASSPORT:" + p.passport());
            }
            case ISSUED_ON_THE_APPROVAL_DAY -> {
                checkOut(p, approve(new Approval(id, place, out, back, out.minusDays(20))), back.plusDays(1));
                trip(id, p.passport(), out, back, place);
            }
            case UNAPPROVED_TRIP -> {
                // no approval, so no check-out: the passport crossed while the ledger has it in the safe
                trip(id, p.passport(), out, back, place);
                manifest.add("TRIP_WITHOUT_APPROVAL|" + id + "|" + out);
                manifest.add("TRIP_UNDECLARED|" + id + "|" + out);
                crossedWhileHeld(p, out, back);
            }
            case LATE_RETURN -> {
                approvedTrip(p, out, out.plusDays(2), out.plusDays(5), place, place);
                manifest.add("TRIP_LATE_RETURN|" + id + "|" + out);
            }
            case STILL_AWAY -> {
                LocalDate left = LocalDate.of(2026, 6, 10);
                checkOut(p, approve(new Approval(id, place, left, LocalDate.of(2026, 6, 20), left.minusDays(5))), null);
                crossings.add(new Crossing(id, "普通护照", p.passport(), "出境", left, PORTS[0], place));
                manifest.add("TRIP_LATE_RETURN|" + id + "|" + left);
                // checked out and still away: due back in the safe 10 days after 06-20, so not yet on 06-30 (ApiTest.TODAY)
            }
            case OTHER_DESTINATION -> {
                approvedTrip(p, out, back, back, "日本", "韩国");
                manifest.add("TRIP_OTHER_DESTINATION|" + id + "|" + out);
            }
            case REPORTED_UNAPPROVED_TRIP -> {
                // reported afterwards (the near miss of TRIP_UNDECLARED), still without approval
                trip(id, p.passport(), out, back, place);
                declarations.add(new Declaration(id, out, back, place, back.plusDays(3)));
                manifest.add("TRIP_WITHOUT_APPROVAL|" + id + "|" + out);
                crossedWhileHeld(p, out, back);
            }
            case BEFORE_FILING -> trip(id, p.passport(), FILED.minusDays(40), FILED.minusDays(30), place);
            case GAP_IN_ENTRIES -> {
                // the first trip's entry record is missing: covered, never called late; the second is clean
                checkOut(p, approve(new Approval(id, place, out, out.plusDays(3), out.minusDays(10))), out.plusDays(4));
                crossings.add(new Crossing(id, "因私护照", p.passport(), "出境", out, PORTS[1], place));
                approvedTrip(p, out.plusDays(30), out.plusDays(33), out.plusDays(33), place, place);
            }
        }
    }

    /**
     * An approval for [out, returns] to {@code approved}, decided ten days before, and the trip to {@code went}, back on
     * {@code back}, with the passport checked out for it and given back the day after.
     */
    private void approvedTrip(Person p, LocalDate out, LocalDate returns, LocalDate back, String approved, String went) {
        approvedTrip(p, out, returns, back, approved, went, back.plusDays(1));
    }

    /** The same, the passport given back on {@code givenBack} (null: never). */
    private void approvedTrip(Person p, LocalDate out, LocalDate returns, LocalDate back, String approved, String went, LocalDate givenBack) {
        checkOut(p, approve(new Approval(p.idNumber(), approved, out, returns, out.minusDays(10))), givenBack);
        trip(p.idNumber(), p.passport(), out, back, went);
    }

    private Approval approve(Approval a) {
        approvals.add(a);
        return a;
    }

    /**
     * The passport out of the safe for {@code a}: the day before departure, or once decided or handed in if later, so the
     * ledger does not have it in the safe while it crosses; given back on {@code givenBack} (null: never).
     */
    private void checkOut(Person p, Approval a, LocalDate givenBack) {
        LocalDate day = a.departs().minusDays(1);
        if (a.decided().isAfter(day)) day = a.decided();
        LocalDate handIn = handIns.get(p.passport());
        if (handIn != null && handIn.isAfter(day)) day = handIn;
        checkouts.add(new Checkout(p.idNumber(), p.passport(), a.departs(), day, givenBack));
    }

    /** Both crossings of a trip on the passport in the safe (CROSSING_WHILE_IN_CUSTODY). */
    private void crossedWhileHeld(Person p, LocalDate out, LocalDate back) {
        manifest.add("CROSSING_WHILE_IN_CUSTODY|" + p.idNumber() + "|PASSPORT:" + p.passport() + "@" + out + ":EXIT");
        manifest.add("CROSSING_WHILE_IN_CUSTODY|" + p.idNumber() + "|PASSPORT:" + p.passport() + "@" + back + ":ENTRY");
    }

    private void trip(String id, String number, LocalDate out, LocalDate back, String place) {
        String port = PORTS[random.nextInt(PORTS.length)];
        crossings.add(new Crossing(id, "普通护照", number, "出境", out, port, place));
        crossings.add(new Crossing(id, "普通护照", number, "入境", back, port, null));
    }

    String crossingsCsv() {
        StringBuilder b = new StringBuilder("身份证号,证件类型,证件号码,出入境方向,日期,口岸,前往地\n");
        for (Crossing c : crossings) {
            b.append(String.join(",", c.idNumber(), c.type(), c.number(), c.direction(), c.day().toString(), c.port(),
                    c.destination() == null ? "" : c.destination())).append('\n');
        }
        return b.toString();
    }

    /** The approvals file for the approval desk's import of past decisions (POST /imports/travel-applications). */
    String approvalsCsv() {
        StringBuilder b = new StringBuilder("身份证号,姓名,前往国家（地区）,事由,出发日期,返回日期,单位意见,纪检意见,审批结果,审批日期,批准文号\n");
        int n = 0;
        for (Approval a : approvals) {
            String name = people.stream().filter(p -> p.idNumber().equals(a.idNumber())).findFirst().orElseThrow().name();
            b.append(String.join(",", a.idNumber(), name, a.destinations(), "探亲访友", a.departs().toString(), a.returns().toString(),
                    "同意", a.discipline(), "批准", a.decided().toString(), "瑞组审〔" + a.decided().getYear() + "〕" + (++n) + "号")).append('\n');
        }
        return b.toString();
    }
}
