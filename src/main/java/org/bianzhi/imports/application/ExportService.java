package org.bianzhi.imports.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.bianzhi.establishment.application.UnitService;
import org.bianzhi.establishment.domain.AdministrativeLevel;
import org.bianzhi.establishment.domain.Funding;
import org.bianzhi.establishment.domain.InstitutionClass;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.establishment.domain.UnitKind;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.infrastructure.ExportQueries;
import org.bianzhi.imports.infrastructure.TemplateWorkbook;
import org.bianzhi.shared.infrastructure.TableWriter;
import org.bianzhi.roster.domain.Arrangement;
import org.bianzhi.roster.domain.CadreRank;
import org.bianzhi.roster.domain.EntryRoute;
import org.bianzhi.roster.domain.Gender;
import org.bianzhi.roster.domain.IdNumber;
import org.bianzhi.roster.domain.PersonIdentity;
import org.bianzhi.roster.domain.PostType;
import org.bianzhi.shared.application.DisclosureLog;
import org.bianzhi.shared.application.PersonalDataReads;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.Labeled;

/**
 * 导出: the current units, approvals and roster as files in the import formats, so that an office can edit
 * them in a spreadsheet and import them again (untouched rows change nothing). In XLSX, ID numbers and codes are
 * text columns and dates are date cells ({@link TemplateWorkbook#sheetFormats}). Scoped like every read; ID
 * numbers masked for roles that may not see them (such a file cannot be re-imported, by design).
 */
@ApplicationScoped
public class ExportService {

    private static final int PAGE = 1000;

    @Inject
    ExportQueries queries;

    @Inject
    UnitService units;

    @Inject
    Scope scope;

    @Inject
    PersonalDataReads reads;

    @Inject
    DisclosureLog disclosures;

    /** CSV or XLSX. */
    public enum Format { CSV, XLSX }

    /** A file to stream: its name (and an ASCII one for clients without RFC 6266), media type, and the code that writes it. */
    public record Export(String filename, String asciiFilename, String mediaType, Consumer<OutputStream> body) {}

    /** Checks the request now (so a wrong unit answers 404 before anything is streamed) and prepares the file. */
    public Export prepare(ImportKind kind, String unitCode, Format format) {
        String path = unitCode == null || unitCode.isBlank()
                ? (scope.unitPath() == null ? "/" : scope.unitPath()) : units.require(unitCode).path();
        boolean full = scope.seesFullIdNumbers();
        String extension = format == Format.CSV ? ".csv" : ".xlsx";
        String type = format == Format.CSV ? "text/csv;charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return new Export(kind.label() + extension, kind.path() + extension, type, out -> {
            try (TableWriter w = format == Format.CSV ? TableWriter.csv(out)
                    : TableWriter.xlsx(out, kind.label(), TemplateWorkbook.sheetFormats(kind))) {
                w.row(kind.columns());
                switch (kind) {
                    case UNITS -> units(w, path);
                    case QUOTAS -> approvals(w, "quota_approval", "quota_type", QuotaType.class, path);
                    case LEADERSHIP -> approvals(w, "leadership_approval", "category", LeadershipCategory.class, path);
                    case ROSTER -> roster(w, path, full);
                }
            }
            disclosures.flush();
        });
    }

    private void units(TableWriter w, String path) {
        for (Object[] u : queries.units(path)) {
            w.row(Arrays.asList(u[0], u[1], u[2], label(UnitKind.class, u[3]), label(InstitutionClass.class, u[4]), u[5], u[6],
                    label(AdministrativeLevel.class, u[7]), label(Funding.class, u[8]), u[9], date(u[10])));
        }
    }

    private <E extends Enum<E> & Labeled> void approvals(TableWriter w, String table, String column, Class<E> type, String path) {
        for (Object[] a : queries.approvals(table, column, path)) {
            w.row(Arrays.asList(a[0], label(type, a[1]), ((Number) a[2]).intValue(), date(a[3]), a[4]));
        }
    }

    /**
     * One row per current occupancy, with the person's posting at the same unit (else their next posting) and a
     * leadership position held there; further postings follow as rows of their own, which an import reads as
     * the same person and the same records. Streamed from one cursor, a person at a time.
     */
    private void roster(TableWriter w, String path, boolean fullIdNumbers) {
        Person person = new Person(w, fullIdNumbers);
        try {
            queries.roster(path, (p, kind, record) -> {
                if (person.columns != p) {
                    person.write();
                    person.start(p);
                }
                switch (kind) {
                    case OCCUPANCY -> person.occupancies.add(record);
                    case POSTING -> person.postings.add(record);
                    case APPOINTMENT -> person.appointments.add(record);
                }
            });
            person.write();
        } finally {
            // once the cursor is closed (a commit meanwhile would end it), also when the client went away midway: the
            // numbers already written were disclosed. A page at a time: a million reads would not fit the request's map.
            for (int from = 0; from < person.disclosed.size(); from += PAGE) {
                for (int i = from; i < Math.min(person.disclosed.size(), from + PAGE); i++) {
                    reads.read(person.disclosed.get(i), PersonalDataReads.What.FULL_ID_NUMBER);
                }
                disclosures.flush();
            }
        }
    }

    /** The records of the person being read; written as rows once the next person starts. */
    private final class Person {
        private final TableWriter w;
        private final boolean fullIdNumbers;
        private final List<Object[]> occupancies = new ArrayList<>();
        private final List<Object[]> postings = new ArrayList<>();
        private final List<Object[]> appointments = new ArrayList<>();
        /** The people whose full ID number was written (8 bytes each: a province's fit in a few megabytes). */
        private final LongList disclosed = new LongList();
        private Object[] columns;

        Person(TableWriter w, boolean fullIdNumbers) {
            this.w = w;
            this.fullIdNumbers = fullIdNumbers;
        }

        void start(Object[] p) {
            columns = p;
            occupancies.clear();
            postings.clear();
            appointments.clear();
        }

        /** Nothing for a person with a leadership position only under the path (not on the roster there). */
        void write() {
            if (columns == null || occupancies.isEmpty() && postings.isEmpty()) return;
            long id = (Long) columns[0];
            String idNumber = (String) columns[1];
            if (fullIdNumbers) disclosed.add(id);
            List<Object> person = Arrays.asList(fullIdNumbers ? idNumber : new IdNumber(idNumber).masked(), columns[2],
                    label(Gender.class, columns[3]), date(columns[4]), label(PersonIdentity.class, columns[5]));
            List<Object> facts = Arrays.asList(label(CadreRank.class, columns[6]), columns[7]); // 职务层次, 户口所在地 in force
            personRows(w, person, facts, occupancies, postings, appointments);
        }
    }

    /** A growing list of longs without a box for each. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long v) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = v;
        }

        long get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }
    }

    private void personRows(TableWriter w, List<Object> person, List<Object> facts, List<Object[]> occupancies,
                            List<Object[]> postings, List<Object[]> appointments) {
        for (Object[] o : occupancies) {
            Object[] post = postings.isEmpty() ? null : postings.get(0);
            for (Object[] s : postings) {
                if (s[1].equals(o[1])) {
                    post = s;
                    break;
                }
            }
            if (post != null) postings.remove(post);
            w.row(row(person, o, post, appointmentAt(appointments, post != null ? post[1] : o[1]), facts));
        }
        for (Object[] post : postings) w.row(row(person, null, post, appointmentAt(appointments, post[1]), facts));
    }

    private static Object[] appointmentAt(List<Object[]> appointments, Object unitCode) {
        for (Object[] a : appointments) {
            if (a[1].equals(unitCode)) {
                appointments.remove(a);
                return a;
            }
        }
        return null;
    }

    private static List<Object> row(List<Object> person, Object[] o, Object[] s, Object[] a, List<Object> facts) {
        boolean secondment = s != null && Arrangement.SECONDMENT.name().equals(s[3]);
        List<Object> row = new ArrayList<>(person);
        row.addAll(Arrays.asList(o == null ? null : o[1], o == null ? null : label(QuotaType.class, o[2]),
                o == null ? null : date(o[3]), o == null ? null : o[4], a == null ? null : label(LeadershipCategory.class, a[2]),
                s == null ? null : s[1], s == null ? null : label(PostType.class, s[2]), s == null ? null : label(Arrangement.class, s[3]),
                secondment ? date(s[4]) : null, s == null ? null : date(s[5]), s == null ? null : s[6],
                o == null ? null : label(EntryRoute.class, o[5]), s == null ? null : date(s[4])));
        row.addAll(facts);
        return row;
    }

    private static <E extends Enum<E> & Labeled> String label(Class<E> type, Object code) {
        return code == null ? null : Labeled.parse(type, code.toString()).map(Labeled::label).orElse(code.toString());
    }

    /** A day of the database (a date or a timestamp) as the date it is: a date cell in XLSX, YYYY-MM-DD in CSV. */
    private static LocalDate date(Object d) {
        if (d == null || d instanceof LocalDate) return (LocalDate) d;
        return LocalDate.parse(d.toString().substring(0, 10));
    }
}
