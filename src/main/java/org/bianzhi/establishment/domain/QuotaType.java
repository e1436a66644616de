package org.bianzhi.establishment.domain;

import java.util.Optional;
import org.bianzhi.shared.domain.Labeled;

/** 编制类型, with the unit kinds each may be approved in (DOMAIN.md section 3). */
public enum QuotaType implements Labeled {
    ADMINISTRATIVE("行政编制"),
    POLITICAL_LEGAL("政法专项编制"),
    PUBLIC_INSTITUTION("事业编制"),
    ORGAN_WORKER("机关工勤编制");

    private final String label;

    QuotaType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether this quota type may be approved in, and occupied at, a unit of {@code kind}. */
    public boolean allowedIn(UnitKind kind) {
        return this == PUBLIC_INSTITUTION ? kind == UnitKind.INSTITUTION : kind == UnitKind.ORGAN;
    }

    /** Also accepts the long form 机关工勤人员事业编制 used in official texts. */
    public static Optional<QuotaType> parse(String text) {
        if (text != null && text.strip().equals("机关工勤人员事业编制")) return Optional.of(ORGAN_WORKER);
        return Labeled.parse(QuotaType.class, text);
    }
}
