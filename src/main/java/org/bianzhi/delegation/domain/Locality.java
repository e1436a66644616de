package org.bianzhi.delegation.domain;

import org.bianzhi.establishment.domain.AdministrativeLevel;

/**
 * 地方: the place whose principal leaders (地方党政主要领导) seed 003 keeps from travelling together. Above the township
 * it is a unit's 行政区划代码 with its 层级 (the county's party committee office and government office of 331121 are one
 * county; a city's units of 331100 one city). Six-digit codes stop at the county, so every township of a county shares
 * its code: a township is the top-most township-level unit above the unit (the 乡镇人民政府, under which its service
 * centres hang). {@code name} is how a refusal names it.
 */
public record Locality(String key, String name) {

    /** A province, city or county: the region code at its level. */
    public static Locality region(String regionCode, AdministrativeLevel level) {
        return new Locality(level.name() + ":" + regionCode, level.label() + "级（行政区划代码 " + regionCode + "）");
    }

    /** A township: the township-level unit at the top of its chain. */
    public static Locality township(long unitId, String unitName) {
        return new Locality("TOWNSHIP:" + unitId, "乡镇（" + unitName + "）");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Locality l && l.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
