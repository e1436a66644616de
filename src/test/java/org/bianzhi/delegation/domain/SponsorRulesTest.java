package org.bianzhi.delegation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.Violation;
import org.junit.jupiter.api.Test;

class SponsorRulesTest {

    private static List<String> refused(String inviter, String funding) {
        Check check = new Check();
        SponsorRules.check(check, inviter, funding);
        return check.violations().stream().map(Violation::field).toList();
    }

    @Test
    void anEnterprisePayingOrInvitingByNameIsRefusedAndAPublicInviterIsNot() {
        assertEquals(List.of("inviter"), refused("某株式会社（点名邀请）", "部门预算"));
        assertEquals(List.of("inviter"), refused("Siemens AG, invitation by name", "财政拨款"));
        assertEquals(List.of("fundingSource"), refused("德国水务协会", "某某集团有限公司资助"));
        assertEquals(List.of("fundingSource", "inviter"), refused("ABC Co., Ltd.（点名）", "ABC Co., Ltd."));
        assertEquals(List.of(), refused("德国水务协会", "部门预算"), "a public body, public funds");
        assertEquals(List.of(), refused("某株式会社", "部门预算"), "an enterprise inviting the unit, not by name, paid by the state");
        assertEquals(List.of(), refused("European Environment Agency（点名邀请）", "部门预算"), "an agency is no AG");
        assertEquals(List.of(), refused(null, null));
    }

    @Test
    void enterprisesAreKnownByTheirLegalForm() {
        for (String e : List.of("某某有限公司", "トヨタ株式会社", "ABC Corp.", "Müller GmbH", "XYZ Ltd", "海尔集团")) {
            assertTrue(SponsorRules.enterprise(e), e);
        }
        for (String p : List.of("日本国土交通省", "德国水务协会", "Agency for Water", "联合国开发计划署", "Corpus Christi College")) {
            assertFalse(SponsorRules.enterprise(p), p);
        }
    }
}
