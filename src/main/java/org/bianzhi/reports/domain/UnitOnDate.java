package org.bianzhi.reports.domain;

import java.util.ArrayList;
import java.util.List;
import org.bianzhi.establishment.domain.UnitKind;

/**
 * A unit as a report shows it: its code and place in today's tree ({@code path}, {@code /12/345/}), and its name,
 * 机构类型 and 行政区划代码 on the report date.
 */
public record UnitOnDate(Long id, String code, String path, String name, UnitKind kind, String regionCode) {

    /** The ids on the path from the top down to this unit itself. */
    public List<Long> chain() {
        List<Long> ids = new ArrayList<>();
        for (String part : path.split("/")) if (!part.isEmpty()) ids.add(Long.valueOf(part));
        return ids;
    }
}
