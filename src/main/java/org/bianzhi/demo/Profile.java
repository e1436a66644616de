package org.bianzhi.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.roster.domain.PostType;

/**
 * How a kind of unit is staffed: which quota types it is approved (编制构成), the share of women, and for
 * 事业单位 the mix of 管理岗位/专业技术岗位/工勤技能岗位. The first quota line is the unit's main one.
 */
enum Profile {
    /** 党政机关、群团机关: 行政编制 only. */
    ORGAN(0.42, 0, 0, lines(QuotaType.ADMINISTRATIVE, 1.0)),
    /** Organs with drivers and clerks on 机关工勤编制 (县委办, 政府办, 人大办 …). */
    ORGAN_WITH_WORKERS(0.42, 0, 0, lines(QuotaType.ADMINISTRATIVE, 0.92, QuotaType.ORGAN_WORKER, 0.08)),
    /** 公安局: mostly 政法专项编制 (民警), some 行政编制 and 工勤. */
    POLICE(0.15, 0, 0, lines(QuotaType.POLITICAL_LEGAL, 0.86, QuotaType.ADMINISTRATIVE, 0.09, QuotaType.ORGAN_WORKER, 0.05)),
    /** 法院、检察院. */
    JUDICIAL(0.45, 0, 0, lines(QuotaType.POLITICAL_LEGAL, 0.94, QuotaType.ORGAN_WORKER, 0.06)),
    /** 司法局: 司法所 staff on 政法专项编制, the bureau itself on 行政编制. */
    JUSTICE(0.45, 0, 0, lines(QuotaType.POLITICAL_LEGAL, 0.55, QuotaType.ADMINISTRATIVE, 0.45)),
    /** 镇人民政府. */
    TOWNSHIP(0.35, 0, 0, lines(QuotaType.ADMINISTRATIVE, 0.93, QuotaType.ORGAN_WORKER, 0.07)),
    SCHOOL(0.65, 0.08, 0.88, lines(QuotaType.PUBLIC_INSTITUTION, 1.0)),
    HOSPITAL(0.68, 0.07, 0.86, lines(QuotaType.PUBLIC_INSTITUTION, 1.0)),
    PUBLIC_HEALTH(0.55, 0.15, 0.78, lines(QuotaType.PUBLIC_INSTITUTION, 1.0)),
    /** 服务中心、管理站 and the like. */
    SERVICE(0.45, 0.40, 0.50, lines(QuotaType.PUBLIC_INSTITUTION, 1.0)),
    /** 党校、融媒体中心、图书馆、博物馆. */
    CULTURE(0.55, 0.30, 0.60, lines(QuotaType.PUBLIC_INSTITUTION, 1.0)),
    /** 参照公务员法管理的事业单位: all 管理岗位. */
    CIVIL_SERVICE_MANAGED(0.45, 1.0, 0, lines(QuotaType.PUBLIC_INSTITUTION, 1.0)),
    /** 生产经营类 (招待所). */
    BUSINESS(0.50, 0.35, 0.25, lines(QuotaType.PUBLIC_INSTITUTION, 1.0));

    final double femaleShare;
    private final double management;
    private final double professional;
    private final Map<QuotaType, Double> lines;

    Profile(double femaleShare, double management, double professional, Map<QuotaType, Double> lines) {
        this.femaleShare = femaleShare;
        this.management = management;
        this.professional = professional;
        this.lines = lines;
    }

    QuotaType mainType() {
        return lines.keySet().iterator().next();
    }

    List<QuotaType> quotaTypes() {
        return List.copyOf(lines.keySet());
    }

    /** Splits {@code n} people over the quota lines (largest remainder; the main line takes what is left). */
    Map<QuotaType, Integer> split(int n) {
        Map<QuotaType, Integer> result = new LinkedHashMap<>();
        int rest = n;
        for (Map.Entry<QuotaType, Double> line : lines.entrySet()) {
            if (line.getKey() == mainType()) continue;
            int k = (int) Math.floor(n * line.getValue());
            result.put(line.getKey(), k);
            rest -= k;
        }
        Map<QuotaType, Integer> ordered = new LinkedHashMap<>();
        ordered.put(mainType(), rest);
        ordered.putAll(result);
        return ordered;
    }

    /** A post type for a non-leading member of staff of a 事业单位 with this profile. */
    PostType institutionPost(double draw) {
        if (draw < management) return PostType.MANAGEMENT;
        if (draw < management + professional) return PostType.PROFESSIONAL;
        return PostType.SKILLED_WORKER;
    }

    boolean hasProfessionalPosts() {
        return professional > 0;
    }

    private static Map<QuotaType, Double> lines(Object... typeAndShare) {
        Map<QuotaType, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < typeAndShare.length; i += 2) map.put((QuotaType) typeAndShare[i], (Double) typeAndShare[i + 1]);
        return map;
    }
}
