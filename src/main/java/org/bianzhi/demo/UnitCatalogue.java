package org.bianzhi.demo;

import static org.bianzhi.establishment.domain.AdministrativeLevel.COUNTY;
import static org.bianzhi.establishment.domain.AdministrativeLevel.TOWNSHIP;
import static org.bianzhi.establishment.domain.Funding.FULL;
import static org.bianzhi.establishment.domain.Funding.PARTIAL;
import static org.bianzhi.establishment.domain.Funding.SELF;
import static org.bianzhi.establishment.domain.InstitutionClass.BUSINESS;
import static org.bianzhi.establishment.domain.InstitutionClass.CIVIL_SERVICE_MANAGED;
import static org.bianzhi.establishment.domain.InstitutionClass.PUBLIC_WELFARE_1;
import static org.bianzhi.establishment.domain.InstitutionClass.PUBLIC_WELFARE_2;

import java.util.ArrayList;
import java.util.List;
import org.bianzhi.establishment.domain.AdministrativeLevel;
import org.bianzhi.establishment.domain.Funding;
import org.bianzhi.establishment.domain.InstitutionClass;
import org.bianzhi.establishment.domain.UnitKind;

/**
 * The units of one county: 县级党政机关、群团机关, the 事业单位 under them, and per 镇 the 镇人民政府 with its
 * two service centres. Weights are roughly the staff of each unit in a county of 3,000 people on the roster.
 */
final class UnitCatalogue {

    /** A county: its name, 6-digit 行政区划代码, the one-character abbreviation used in document numbers, its towns. */
    record County(String name, String regionCode, String abbreviation, List<Town> towns) {}

    /** A 镇 and the relative size of its government. */
    record Town(String name, int weight) {}

    /** 浙江省丽水市青田县 and its ten towns (the four 街道 and eighteen 乡 are left out of the demo). */
    static final County QINGTIAN = new County("青田县", "331121", "青", List.of(
            new Town("温溪镇", 60), new Town("船寮镇", 45), new Town("东源镇", 40), new Town("海口镇", 38),
            new Town("山口镇", 38), new Town("高湖镇", 35), new Town("腊口镇", 35), new Town("北山镇", 35),
            new Town("仁庄镇", 30), new Town("祯埠镇", 28)));

    private final County county;
    private final List<UnitTemplate> units = new ArrayList<>();

    private UnitCatalogue(County county) {
        this.county = county;
    }

    /** The units of {@code county}, every parent listed before its children. */
    static List<UnitTemplate> of(County county) {
        UnitCatalogue c = new UnitCatalogue(county);
        c.countyOrgans();
        c.countyInstitutions();
        c.towns();
        return List.copyOf(c.units);
    }

    private void countyOrgans() {
        String x = county.name();
        organ("jw", "中共" + x + "纪律检查委员会", "县纪委", 45, Profile.ORGAN_WITH_WORKERS);
        organ("xwb", "中共" + x + "委办公室", "县委办", 30, Profile.ORGAN_WITH_WORKERS);
        organ("zzb", "中共" + x + "委组织部", "组织部", 24, Profile.ORGAN);
        organ("xcb", "中共" + x + "委宣传部", "宣传部", 15, Profile.ORGAN);
        organ("tzb", "中共" + x + "委统一战线工作部", "统战部", 14, Profile.ORGAN);
        organ("zfw", "中共" + x + "委政法委员会", "政法委", 12, Profile.ORGAN);
        organ("bb", "中共" + x + "委机构编制委员会办公室", "编办", 9, Profile.ORGAN);
        organ("rd", x + "人大常委会办公室", "人大办", 18, Profile.ORGAN_WITH_WORKERS);
        organ("zx", "政协" + x + "委员会办公室", "政协办", 15, Profile.ORGAN_WITH_WORKERS);
        organ("zfb", x + "人民政府办公室", "政府办", 26, Profile.ORGAN_WITH_WORKERS);
        organ("fgj", x + "发展和改革局", "发改局", 22, Profile.ORGAN);
        organ("jxj", x + "经济和信息化局", "经信局", 16, Profile.ORGAN);
        organ("jyj", x + "教育局", "教育局", 24, Profile.ORGAN);
        organ("gaj", x + "公安局", "公安局", 160, Profile.POLICE);
        organ("mzj", x + "民政局", "民政局", 15, Profile.ORGAN);
        organ("sfj", x + "司法局", "司法局", 36, Profile.JUSTICE);
        organ("czj", x + "财政局", "财政局", 30, Profile.ORGAN_WITH_WORKERS);
        organ("rsj", x + "人力资源和社会保障局", "人社局", 22, Profile.ORGAN);
        organ("zgj", x + "自然资源和规划局", "资规局", 36, Profile.ORGAN);
        organ("zjj", x + "住房和城乡建设局", "住建局", 22, Profile.ORGAN);
        organ("jtj", x + "交通运输局", "交通局", 20, Profile.ORGAN);
        organ("slj", x + "水利局", "水利局", 18, Profile.ORGAN);
        organ("nyj", x + "农业农村局", "农业农村局", 30, Profile.ORGAN);
        organ("wlj", x + "文化和广电旅游体育局", "文广旅体局", 18, Profile.ORGAN);
        organ("wjj", x + "卫生健康局", "卫健局", 20, Profile.ORGAN);
        organ("tyj", x + "退役军人事务局", "退役军人局", 10, Profile.ORGAN);
        organ("yjj", x + "应急管理局", "应急管理局", 15, Profile.ORGAN);
        organ("sjj", x + "审计局", "审计局", 12, Profile.ORGAN);
        organ("scj", x + "市场监督管理局", "市场监管局", 72, Profile.ORGAN);
        organ("tjj", x + "统计局", "统计局", 10, Profile.ORGAN);
        organ("ybj", x + "医疗保障局", "医保局", 10, Profile.ORGAN);
        organ("zfj", x + "综合行政执法局", "综合执法局", 45, Profile.ORGAN);
        organ("xfj", x + "信访局", "信访局", 8, Profile.ORGAN);
        organ("fy", x + "人民法院", "县法院", 70, Profile.JUDICIAL);
        organ("jcy", x + "人民检察院", "县检察院", 45, Profile.JUDICIAL);
        organ("zgh", x + "总工会", "县总工会", 8, Profile.ORGAN);
        organ("tw", "共青团" + x + "委员会", "团县委", 5, Profile.ORGAN);
        organ("fl", x + "妇女联合会", "县妇联", 5, Profile.ORGAN);
        organ("ql", x + "归国华侨联合会", "县侨联", 7, Profile.ORGAN);
    }

    private void countyInstitutions() {
        String x = county.name();
        institution("dx", "中共" + x + "委党校", "县委党校", "xwb", PUBLIC_WELFARE_1, FULL, 20, Profile.CULTURE);
        institution("dag", x + "档案馆", "档案馆", "xwb", CIVIL_SERVICE_MANAGED, FULL, 10, Profile.CIVIL_SERVICE_MANAGED);
        institution("rmt", x + "融媒体中心", "融媒体中心", "xcb", PUBLIC_WELFARE_2, PARTIAL, 40, Profile.CULTURE);
        institution("qf", x + "华侨服务中心", "侨服中心", "tzb", PUBLIC_WELFARE_1, FULL, 8, Profile.SERVICE);
        institution("dsj", x + "大数据发展中心", "大数据中心", "zfb", PUBLIC_WELFARE_1, FULL, 10, Profile.SERVICE);
        institution("jgsw", x + "机关事务保障中心", "机关事务中心", "zfb", CIVIL_SERVICE_MANAGED, FULL, 12,
                Profile.CIVIL_SERVICE_MANAGED);
        institution("zds", x + "机关招待所", "机关招待所", "jgsw", BUSINESS, SELF, 8, Profile.BUSINESS);
        institution("tc", x + "投资促进中心", "投促中心", "fgj", PUBLIC_WELFARE_1, FULL, 10, Profile.SERVICE);
        institution("yz", x + "第一中学", "县一中", "jyj", PUBLIC_WELFARE_1, FULL, 150, Profile.SCHOOL);
        institution("ez", x + "第二中学", "县二中", "jyj", PUBLIC_WELFARE_1, FULL, 110, Profile.SCHOOL);
        institution("zj", x + "职业技术学校", "职技校", "jyj", PUBLIC_WELFARE_1, FULL, 90, Profile.SCHOOL);
        institution("syxx", x + "实验小学", "实验小学", "jyj", PUBLIC_WELFARE_1, FULL, 80, Profile.SCHOOL);
        institution("syyey", x + "实验幼儿园", "实验幼儿园", "jyj", PUBLIC_WELFARE_2, PARTIAL, 25, Profile.SCHOOL);
        institution("jsfz", x + "教师发展中心", "教师发展中心", "jyj", PUBLIC_WELFARE_1, FULL, 15, Profile.SERVICE);
        institution("rmyy", x + "人民医院", "县人民医院", "wjj", PUBLIC_WELFARE_2, PARTIAL, 260, Profile.HOSPITAL);
        institution("zyy", x + "中医医院", "县中医院", "wjj", PUBLIC_WELFARE_2, PARTIAL, 140, Profile.HOSPITAL);
        institution("jk", x + "疾病预防控制中心", "县疾控中心", "wjj", PUBLIC_WELFARE_1, FULL, 45, Profile.PUBLIC_HEALTH);
        institution("fby", x + "妇幼保健院", "妇保院", "wjj", PUBLIC_WELFARE_2, PARTIAL, 50, Profile.HOSPITAL);
        institution("wxwsy", x + "温溪镇中心卫生院", "温溪卫生院", "wjj", PUBLIC_WELFARE_2, PARTIAL, 35, Profile.HOSPITAL);
        institution("clwsy", x + "船寮镇中心卫生院", "船寮卫生院", "wjj", PUBLIC_WELFARE_2, PARTIAL, 25, Profile.HOSPITAL);
        institution("gzc", x + "公证处", "公证处", "sfj", PUBLIC_WELFARE_2, SELF, 6, Profile.SERVICE);
        institution("gk", x + "财政国库支付中心", "国库支付中心", "czj", CIVIL_SERVICE_MANAGED, FULL, 8,
                Profile.CIVIL_SERVICE_MANAGED);
        institution("sb", x + "社会保险事业管理中心", "社保中心", "rsj", CIVIL_SERVICE_MANAGED, FULL, 18,
                Profile.CIVIL_SERVICE_MANAGED);
        institution("bdc", x + "不动产登记中心", "不动产登记中心", "zgj", PUBLIC_WELFARE_1, FULL, 25, Profile.SERVICE);
        institution("ly", x + "林业发展中心", "林业中心", "zgj", PUBLIC_WELFARE_1, FULL, 20, Profile.SERVICE);
        institution("fg", x + "住房保障和房产管理中心", "房管中心", "zjj", PUBLIC_WELFARE_1, FULL, 10, Profile.SERVICE);
        institution("gl", x + "公路与运输管理中心", "公路运输中心", "jtj", PUBLIC_WELFARE_1, FULL, 35, Profile.SERVICE);
        institution("slgc", x + "水利工程管理站", "水利工程站", "slj", PUBLIC_WELFARE_1, FULL, 15, Profile.SERVICE);
        institution("nj", x + "农业技术推广中心", "农技中心", "nyj", PUBLIC_WELFARE_1, FULL, 25, Profile.SERVICE);
        institution("dy", x + "稻鱼共生产业发展中心", "稻鱼中心", "nyj", PUBLIC_WELFARE_1, FULL, 6, Profile.SERVICE);
        institution("tsg", x + "图书馆", "图书馆", "wlj", PUBLIC_WELFARE_1, FULL, 12, Profile.CULTURE);
        institution("sdbwg", x + "石雕博物馆", "石雕博物馆", "wlj", PUBLIC_WELFARE_1, FULL, 8, Profile.CULTURE);
        institution("hw", x + "环境卫生管理中心", "环卫中心", "zfj", PUBLIC_WELFARE_1, FULL, 20, Profile.SERVICE);
        institution("ybzx", x + "医疗保障服务中心", "医保中心", "ybj", CIVIL_SERVICE_MANAGED, FULL, 8,
                Profile.CIVIL_SERVICE_MANAGED);
    }

    private void towns() {
        for (Town town : county.towns()) {
            String key = "town:" + town.name();
            String short2 = town.name().substring(0, town.name().length() - 1);
            add(key, county.name() + town.name() + "人民政府", town.name() + "政府", UnitKind.ORGAN, null, FULL, null,
                    TOWNSHIP, town.weight(), Profile.TOWNSHIP);
            add(key + ":nf", county.name() + town.name() + "农业综合服务中心", short2 + "农服中心", UnitKind.INSTITUTION,
                    PUBLIC_WELFARE_1, FULL, key, TOWNSHIP, Math.max(4, town.weight() / 5), Profile.SERVICE);
            add(key + ":sf", county.name() + town.name() + "社会事务综合服务中心", short2 + "社服中心", UnitKind.INSTITUTION,
                    PUBLIC_WELFARE_1, FULL, key, TOWNSHIP, Math.max(3, town.weight() / 6), Profile.SERVICE);
        }
    }

    private void organ(String key, String name, String shortName, int weight, Profile profile) {
        add(key, name, shortName, UnitKind.ORGAN, null, FULL, null, COUNTY, weight, profile);
    }

    private void institution(String key, String name, String shortName, String parentKey, InstitutionClass cls,
                             Funding funding, int weight, Profile profile) {
        add(key, name, shortName, UnitKind.INSTITUTION, cls, funding, parentKey, COUNTY, weight, profile);
    }

    private void add(String key, String name, String shortName, UnitKind kind, InstitutionClass cls, Funding funding,
                     String parentKey, AdministrativeLevel level, int weight, Profile profile) {
        units.add(new UnitTemplate(key, name, shortName, kind, cls, funding, parentKey, level, weight, profile));
    }
}
