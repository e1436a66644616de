package org.bianzhi.demo;

import org.bianzhi.establishment.domain.AdministrativeLevel;
import org.bianzhi.establishment.domain.Funding;
import org.bianzhi.establishment.domain.InstitutionClass;
import org.bianzhi.establishment.domain.UnitKind;

/**
 * One unit of the catalogue before it gets a code: 单位名称, 简称, 机构类型, 事业单位类别, 经费形式, 主管部门 (by key),
 * 层级, and a weight that sets its size relative to the other units of the county.
 */
record UnitTemplate(String key, String name, String shortName, UnitKind kind, InstitutionClass institutionClass,
                    Funding funding, String parentKey, AdministrativeLevel level, int weight, Profile profile) {

    boolean organ() {
        return kind == UnitKind.ORGAN;
    }

    boolean civilServiceManaged() {
        return institutionClass == InstitutionClass.CIVIL_SERVICE_MANAGED;
    }
}
