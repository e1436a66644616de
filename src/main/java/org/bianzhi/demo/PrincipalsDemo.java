package org.bianzhi.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.establishment.application.ApprovalCommand;
import org.bianzhi.establishment.application.ApprovalService;
import org.bianzhi.roster.application.RecordCommands.AppointmentCommand;
import org.bianzhi.roster.application.RecordCommands.EndCommand;
import org.bianzhi.roster.application.RecordService;
import org.bianzhi.roster.domain.LeadingRole;
import org.bianzhi.shared.application.NewTransaction;
import org.bianzhi.shared.application.RegistryClock;

/**
 * 主要领导身份 in the demo county (the roster file has no column for it, so the loader records it through the API's
 * services after the import): each town government gets its party secretary (镇党委书记, a deputy promoted on a second
 * principal's post) beside its head (镇长); the county's party committee office and government office hold the 县委书记
 * and the 县长 (promoted deputies, the offices' directors stay their administrative heads); the county hospital and the
 * first middle school get a 党委书记 beside the 院长 and 校长. The two pinned demo files and the manifest are unchanged.
 */
@ApplicationScoped
public class PrincipalsDemo {

    private static final String BASIS = "演示数据：主要领导任职";

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    @Inject
    ApprovalService approvals;

    @Inject
    RecordService records;

    @Inject
    NewTransaction transaction;

    @Inject
    RegistryClock clock;

    /** In one transaction: an entity manager used outside one at start-up floods the log (see {@link TravelDemo}). */
    void load(UnitCatalogue.County county) {
        transaction.run(() -> {
            designate(county);
            return null;
        });
    }

    private void designate(UnitCatalogue.County county) {
        String x = county.name();
        for (UnitCatalogue.Town town : county.towns()) {
            String unit = x + town.name() + "人民政府";
            retitle(unit, LeadingRole.LOCAL_GOVERNMENT_HEAD, "镇长");
            promote(unit, LeadingRole.LOCAL_PARTY_SECRETARY, "镇党委书记");
        }
        promote("中共" + x + "委办公室", LeadingRole.LOCAL_PARTY_SECRETARY, "县委书记");
        promote(x + "人民政府办公室", LeadingRole.LOCAL_GOVERNMENT_HEAD, "县长");
        promote(x + "人民医院", LeadingRole.PARTY_SECRETARY, "党委书记");
        promote(x + "第一中学", LeadingRole.PARTY_SECRETARY, "党委书记");
    }

    /** One holder in force of {@code category} at the unit named {@code unitName}: appointment id, person id, version, unit code. */
    private Object[] holder(String unitName, String category) {
        List<?> rows = em.createNativeQuery("select a.id, a.person_id, a.version, u.code from appointment a"
                + " join unit u on u.id = a.unit_id join unit_version v on v.unit_id = u.id and v.valid_to is null"
                + " where v.name = ? and a.category = ? and a.valid_to is null and a.leading_role is null order by a.id")
                .setParameter(1, unitName).setParameter(2, category).getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    /** The unit's administrative head is recorded again from today with a role and title (its first record ends today). */
    private void retitle(String unitName, LeadingRole role, String title) {
        Object[] head = holder(unitName, "UNIT_PRINCIPAL");
        if (head == null) return;
        LocalDate today = clock.today();
        records.endAppointment(((Number) head[0]).longValue(), new EndCommand(today, BASIS, ((Number) head[2]).longValue()));
        records.addAppointment(((Number) head[1]).longValue(), new AppointmentCommand((String) head[3], "UNIT_PRINCIPAL", today, BASIS,
                role.name(), title));
    }

    /** A deputy becomes a second principal leader of the unit, with {@code role} and {@code title}, on a second principal's post. */
    private void promote(String unitName, LeadingRole role, String title) {
        Object[] deputy = holder(unitName, "UNIT_DEPUTY");
        if (deputy == null) return;
        LocalDate today = clock.today();
        String code = (String) deputy[3];
        approvals.approveLeadership(code, new ApprovalCommand(null, "UNIT_PRINCIPAL", 2, today, BASIS));
        records.endAppointment(((Number) deputy[0]).longValue(), new EndCommand(today, BASIS, ((Number) deputy[2]).longValue()));
        records.addAppointment(((Number) deputy[1]).longValue(), new AppointmentCommand(code, "UNIT_PRINCIPAL", today, BASIS,
                role.name(), title));
    }
}
