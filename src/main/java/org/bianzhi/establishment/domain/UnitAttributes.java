package org.bianzhi.establishment.domain;

import java.util.List;
import java.util.regex.Pattern;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.PlainText;

/**
 * What a unit is at a given time: names, kind, place in the administration, funding.
 * Validated as a whole so that a user sees every wrong field at once.
 */
public record UnitAttributes(String name, String shortName, List<String> aliases, UnitKind kind,
                             InstitutionClass institutionClass, String regionCode, AdministrativeLevel level,
                             Funding funding) {

    /** The columns' widths: unit_version.name, short_name, aliases (all aliases joined by 、). */
    public static final int MAX_NAME = 100;
    public static final int MAX_SHORT_NAME = 50;
    public static final int MAX_ALIASES_TEXT = 500;
    /** What one alias and the list of them may hold before they are joined (an alias is a name). */
    public static final int MAX_ALIAS = MAX_NAME;
    public static final int MAX_ALIASES = 20;
    private static final Pattern REGION_CODE = Pattern.compile("[1-9]\\d{5}");
    private static final Pattern ALIAS_SEPARATOR = Pattern.compile("[、,，;；]");

    public UnitAttributes {
        name = name == null ? null : name.strip();
        shortName = PlainText.blankToNull(shortName);
        aliases = aliases == null ? List.of() : aliases.stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
    }

    /** Adds this unit's rule violations to {@code check}: required fields, class iff institution, region code. */
    public Check validate(Check check) {
        check.notNull(name, "name", "单位名称");
        check.require(name == null || name.length() <= MAX_NAME, "name", "单位名称不能超过 " + MAX_NAME + " 个字");
        check.require(shortName == null || shortName.length() <= MAX_SHORT_NAME, "shortName",
                "单位简称不能超过 " + MAX_SHORT_NAME + " 个字（现有 " + (shortName == null ? 0 : shortName.length()) + " 个）");
        String joined = aliasesText();
        check.require(joined == null || joined.length() <= MAX_ALIASES_TEXT, "aliases",
                "单位别名合计（以“、”连接）不能超过 " + MAX_ALIASES_TEXT + " 个字（现有 " + (joined == null ? 0 : joined.length()) + " 个）");
        PlainText.require(check, name, "name", "单位名称");
        PlainText.require(check, shortName, "shortName", "单位简称");
        for (String alias : aliases) PlainText.require(check, alias, "aliases", "单位别名");
        check.notNull(kind, "kind", "机构类型（机关/事业单位）");
        if (kind == UnitKind.INSTITUTION) {
            check.require(institutionClass != null, "institutionClass", "事业单位必须填写事业单位类别（参公/公益一类/公益二类/生产经营类）");
        } else if (kind == UnitKind.ORGAN) {
            check.require(institutionClass == null, "institutionClass", "机关不应填写事业单位类别");
        }
        check.require(regionCode != null && REGION_CODE.matcher(regionCode).matches(), "regionCode",
                "行政区划代码应为 6 位数字，实为“" + (regionCode == null ? "" : regionCode) + "”");
        check.notNull(level, "level", "层级（省/市/县/乡）");
        check.notNull(funding, "funding", "经费形式（全额拨款/差额拨款/自收自支）");
        return check;
    }

    /** Aliases as stored: separated by 、 */
    public String aliasesText() {
        return aliases.isEmpty() ? null : String.join("、", aliases);
    }

    public static List<String> splitAliases(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(ALIAS_SEPARATOR.split(text));
    }
}
