package org.bianzhi.roster.domain;

import org.bianzhi.shared.domain.Labeled;

/**
 * 主要领导身份 of a leadership appointment, beside its quota category: the unit's party secretary (党委（党组）书记,
 * a principal leader beside the administrative head), or a principal leader of the locality (地方党政主要领导: the
 * secretary of the county's or township's party committee, the county head or township head), whose appointment is
 * recorded at the unit that holds their post (县委办公室, 县人民政府办公室, 乡镇人民政府). Without one, a
 * {@code UNIT_PRINCIPAL} appointee is the unit's administrative head (行政正职).
 */
public enum LeadingRole implements Labeled {
    PARTY_SECRETARY("党委（党组）书记"),
    LOCAL_PARTY_SECRETARY("地方党委书记"),
    LOCAL_GOVERNMENT_HEAD("地方政府正职");

    private final String label;

    LeadingRole(String label) {
        this.label = label;
    }

    /** A principal leader of a locality rather than of the unit the appointment is recorded at. */
    public boolean local() {
        return this != PARTY_SECRETARY;
    }

    @Override
    public String label() {
        return label;
    }
}
