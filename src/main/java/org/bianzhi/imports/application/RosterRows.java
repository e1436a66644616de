package org.bianzhi.imports.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bianzhi.establishment.application.UnitService;
import org.bianzhi.imports.application.RowResults.Effect;
import org.bianzhi.imports.application.RowResults.Step;
import org.bianzhi.imports.domain.ImportTable.Row;
import org.bianzhi.roster.application.PersonCommand;
import org.bianzhi.roster.application.PersonService;
import org.bianzhi.roster.application.RecordCommands.AppointmentCommand;
import org.bianzhi.roster.application.RecordCommands.OccupancyCommand;
import org.bianzhi.roster.application.RecordCommands.PostingCommand;
import org.bianzhi.roster.application.RecordService;
import org.bianzhi.roster.domain.IdNumber;
import org.bianzhi.roster.domain.Person;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;

/**
 * One row of a 花名册: the person, their occupancy (if the row names a quota unit), their posting and
 * their leadership position, registered as found — no quota control; what breaks the rules is stored
 * and reported by the audit. Rows with the same ID number, quota unit and type are the same occupancy.
 */
@ApplicationScoped
class RosterRows {

    private static final Map<String, String> PERSON = Map.of("idNumber", "身份证号", "name", "姓名", "gender", "性别",
            "birthDate", "出生日期", "identity", "人员身份");
    private static final Map<String, String> OCCUPANCY = Map.of("unitCode", "编制单位代码", "quotaType", "编制类型",
            "validFrom", "入编日期", "entryRoute", "入编方式");
    private static final Map<String, String> POSTING = Map.of("unitCode", "工作单位代码", "postType", "岗位类型",
            "arrangement", "工作安排", "validFrom", "借调起始日期", "secondmentEnd", "借调截止日期");
    private static final Map<String, String> APPOINTMENT = Map.of("unitCode", "工作单位代码", "category", "领导职务",
            "validFrom", "入编日期");

    @Inject
    PersonService people;

    @Inject
    RecordService records;

    @Inject
    UnitService units;

    @Inject
    RegistryClock clock;

    void row(Row r, String basis, RowResults results) {
        Person[] person = new Person[1];
        List<Map<String, String>> columns = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        columns.add(PERSON);
        steps.add(() -> {
            precheck(r);
            var converted = r.get("身份证号") == null ? null : IdNumber.read(r.get("身份证号"));
            if (converted != null && converted.fromFifteenDigits()) {
                results.notes.add("第 " + r.number() + " 行：15 位身份证号 " + r.get("身份证号") + " 已转换为 18 位 " + converted.idNumber());
            }
            var outcome = people.findOrRegister(new PersonCommand(converted == null ? null : converted.idNumber().value(),
                    r.get("姓名"), r.get("性别"), CellValues.date(r, "出生日期"), r.get("人员身份"), basis, null), "");
            person[0] = outcome.person();
            return outcome.created() ? Effect.CREATED : Effect.UNCHANGED;
        });
        if (r.get("编制单位代码") != null) {
            columns.add(OCCUPANCY);
            steps.add(() -> effect(records.registerOccupancy(person[0].id(), new OccupancyCommand(r.get("编制单位代码"),
                    r.get("编制类型"), CellValues.date(r, "入编日期"), r.get("入编方式"), r.get("增人通知单号"), basis)).created()));
        }
        if (r.get("工作单位代码") != null) {
            columns.add(POSTING);
            steps.add(() -> {
                boolean secondment = "借调".equals(r.get("工作安排")) || "SECONDMENT".equals(r.get("工作安排"));
                LocalDate from = secondment && r.get("借调起始日期") != null ? CellValues.date(r, "借调起始日期") : startOf(r);
                return effect(records.addPosting(person[0].id(), new PostingCommand(r.get("工作单位代码"), r.get("岗位类型"),
                        r.get("工作安排"), from, CellValues.date(r, "借调截止日期"), r.get("借调批准文号"), basis), true).created());
            });
        }
        if (r.get("领导职务") != null && !"空".equals(r.get("领导职务"))) {
            columns.add(APPOINTMENT);
            steps.add(() -> effect(records.addAppointment(person[0].id(), new AppointmentCommand(
                    r.get("工作单位代码") != null ? r.get("工作单位代码") : r.get("编制单位代码"), r.get("领导职务"),
                    startOf(r), basis)).created()));
        }
        results.row(r, columns, steps);
    }

    /**
     * Refuses the row before anything is written when it names unknown units or half a quota, so that a
     * rejected row leaves no person behind.
     */
    private void precheck(Row r) {
        Check check = new Check();
        boolean hasUnit = r.get("编制单位代码") != null;
        boolean hasType = r.get("编制类型") != null;
        check.require(hasUnit == hasType, hasUnit ? "编制类型" : "编制单位代码",
                "编制单位代码和编制类型应同时填写（编外人员两项都不填）");
        check.require(!hasUnit || r.get("入编日期") != null, "入编日期", "有编制的人员必须填写入编日期");
        check.require(hasUnit || r.get("工作单位代码") != null, "工作单位代码", "编外人员必须填写工作单位代码和岗位类型");
        check.require(r.get("工作单位代码") == null || r.get("岗位类型") != null, "岗位类型", "填写了工作单位代码时必须填写岗位类型");
        for (String column : List.of("编制单位代码", "工作单位代码")) {
            String code = r.get(column);
            if (code == null) continue;
            try {
                units.require(code);
            } catch (BianzhiException e) {
                check.require(false, column, column + " " + code + " 未登记，请先导入该单位");
            }
        }
        check.orThrow();
    }

    private LocalDate startOf(Row r) {
        LocalDate entry = CellValues.date(r, "入编日期");
        return entry != null ? entry : clock.today();
    }

    private static Effect effect(boolean created) {
        return created ? Effect.CREATED : Effect.UNCHANGED;
    }
}
