package org.bianzhi.delegation.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.bianzhi.shared.domain.Check;

/**
 * 企业资助、点名邀请 (seed 003): officials are not sent on trips that an enterprise organises or pays for, nor on ones a
 * foreign enterprise invites them to by name. A delegation records its inviter and its source of funds as text, so the
 * rule reads them: an enterprise is named by its legal form (公司, 株式会社, 集团, Co., Ltd, GmbH, …), an invitation by
 * name says so (点名, 指名, 具名). An enterprise inviting the unit, paid for by public funds, is not refused.
 */
public final class SponsorRules {

    private static final List<String> ENTERPRISE = List.of("公司", "株式会社", "有限会社", "企业", "集团", "商社", "工厂");
    /** Legal forms in Latin letters, as whole words (an "agency" is no AG). */
    private static final Pattern LATIN_FORM = Pattern.compile(
            "\\b(co|ltd|limited|inc|corp|corporation|company|gmbh|ag|s\\.?a|llc|plc|kk|k\\.k)\\b\\.?", Pattern.CASE_INSENSITIVE);
    private static final List<String> BY_NAME = List.of("点名", "指名", "具名", "by name");

    private SponsorRules() {
    }

    /** Whether the text names an enterprise. */
    public static boolean enterprise(String text) {
        if (text == null) return false;
        return ENTERPRISE.stream().anyMatch(text::contains) || LATIN_FORM.matcher(text).find();
    }

    /** Adds the refusals of a delegation's inviter and funding to {@code check}. */
    public static void check(Check check, String inviter, String fundingSource) {
        check.require(!enterprise(fundingSource), "fundingSource", "经费来源“" + fundingSource + "”为企业：因公出国（境）不得由企业"
                + "组织或资助，请改由财政或本单位经费安排，或取消该团组");
        boolean byName = inviter != null && BY_NAME.stream().anyMatch(inviter.toLowerCase(Locale.ROOT)::contains);
        check.require(!(enterprise(inviter) && byName), "inviter", "邀请单位“" + inviter + "”为企业且点名邀请：不得派员参加"
                + "企业点名邀请的出访，请取消该团组或改由对口政府部门、机构邀请");
    }
}
