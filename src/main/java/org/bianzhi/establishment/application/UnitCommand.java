package org.bianzhi.establishment.application;

import java.time.LocalDate;
import java.util.List;
import org.bianzhi.establishment.domain.AdministrativeLevel;
import org.bianzhi.establishment.domain.Funding;
import org.bianzhi.establishment.domain.InstitutionClass;
import org.bianzhi.establishment.domain.UnitAttributes;
import org.bianzhi.establishment.domain.UnitKind;
import org.bianzhi.shared.application.Bound;
import org.bianzhi.shared.domain.Check;

/**
 * A unit as a clerk submits it: to establish one ({@code code} set) or to record a change from
 * {@code validFrom} on. Enumerations may be given by code or by Chinese name.
 * {@code version} is the version the clerk read; a change against an older one is refused.
 */
public record UnitCommand(String code, @Bound(chars = UnitAttributes.MAX_NAME) String name,
                          @Bound(chars = UnitAttributes.MAX_SHORT_NAME) String shortName,
                          @Bound(items = UnitAttributes.MAX_ALIASES, chars = UnitAttributes.MAX_ALIAS) List<String> aliases, String kind,
                          String institutionClass, String parentCode, String regionCode, String level,
                          String funding, @Bound(since = Bound.PRC, yearsAhead = Bound.PLANNED_YEARS) LocalDate validFrom, String basisDocument, Long version) {

    /** The attributes, with every unreadable enumeration added to {@code check}. */
    public UnitAttributes attributes(Check check) {
        UnitKind k = check.choice(UnitKind.class, kind, "kind", "机构类型");
        InstitutionClass ic = check.choice(InstitutionClass.class, institutionClass, "institutionClass", "事业单位类别");
        AdministrativeLevel l = check.choice(AdministrativeLevel.class, level, "level", "层级");
        Funding f = check.choice(Funding.class, funding, "funding", "经费形式");
        return new UnitAttributes(name, shortName, aliases, k, ic, regionCode, l, f);
    }

}
