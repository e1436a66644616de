package org.bianzhi.demo;

import static org.bianzhi.establishment.domain.AdministrativeLevel.CITY;
import static org.bianzhi.establishment.domain.AdministrativeLevel.COUNTY;
import static org.bianzhi.establishment.domain.AdministrativeLevel.PROVINCE;
import static org.bianzhi.establishment.domain.AdministrativeLevel.TOWNSHIP;
import static org.bianzhi.establishment.domain.Funding.FULL;
import static org.bianzhi.establishment.domain.Funding.PARTIAL;
import static org.bianzhi.establishment.domain.Funding.SELF;
import static org.bianzhi.establishment.domain.InstitutionClass.BUSINESS;
import static org.bianzhi.establishment.domain.InstitutionClass.CIVIL_SERVICE_MANAGED;
import static org.bianzhi.establishment.domain.InstitutionClass.PUBLIC_WELFARE_1;
import static org.bianzhi.establishment.domain.InstitutionClass.PUBLIC_WELFARE_2;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.bianzhi.establishment.domain.AdministrativeLevel;
import org.bianzhi.establishment.domain.Funding;
import org.bianzhi.establishment.domain.InstitutionClass;
import org.bianzhi.establishment.domain.UnitKind;

/**
 * The units of 浙江省 for the province generator: the provincial organs and institutions (层级 省), per 设区市 its
 * 市直 organs and institutions (市), per 县/区/县级市 the county organs and institutions (县), and per 镇/乡/街道 the
 * township government with its service centres (乡) plus the town's school and health centre (县 units under
 * 教育局 and 卫健局, as in the demo county). Names are unique within a 行政区划代码. The organ keys are those of
 * {@link UnitCatalogue}, so {@link Planter} finds its secondment destinations at every level.
 */
final class ProvinceCatalogue {

    static final String PROVINCE_NAME = "浙江省";
    static final String PROVINCE_CODE = "330000";

    /** A 设区市 and its county-level divisions; {@code abbreviation} is used in document numbers (杭编〔2019〕3号). */
    record City(String name, String code, String abbreviation, List<Area> areas) {}

    /** A 县, 区 or 县级市. */
    record Area(String name, String code) {
        String abbreviation() {
            return name.substring(0, 1);
        }

        boolean district() {
            return name.endsWith("区");
        }

        /** 县, 区 or 市: the character short names start with (县纪委, 区法院, 市一中). */
        String levelChar() {
            char last = name.charAt(name.length() - 1);
            return last == '区' || last == '市' ? String.valueOf(last) : "县";
        }
    }

    /** The 11 设区市 of 浙江 and their 90 county-level divisions (行政区划代码 as of 2024). */
    static final List<City> CITIES = List.of(
            city("杭州市", "330100", "杭", "上城区 330102 拱墅区 330105 西湖区 330106 滨江区 330108 萧山区 330109 余杭区 330110 "
                    + "富阳区 330111 临安区 330112 临平区 330113 钱塘区 330114 桐庐县 330122 淳安县 330127 建德市 330182"),
            city("宁波市", "330200", "甬", "海曙区 330203 江北区 330205 北仑区 330206 镇海区 330211 鄞州区 330212 奉化区 330213 "
                    + "象山县 330225 宁海县 330226 余姚市 330281 慈溪市 330282"),
            city("温州市", "330300", "温", "鹿城区 330302 龙湾区 330303 瓯海区 330304 洞头区 330305 永嘉县 330324 平阳县 330326 "
                    + "苍南县 330327 文成县 330328 泰顺县 330329 瑞安市 330381 乐清市 330382 龙港市 330383"),
            city("嘉兴市", "330400", "嘉", "南湖区 330402 秀洲区 330411 嘉善县 330421 海盐县 330424 海宁市 330481 平湖市 330482 "
                    + "桐乡市 330483"),
            city("湖州市", "330500", "湖", "吴兴区 330502 南浔区 330503 德清县 330521 长兴县 330522 安吉县 330523"),
            city("绍兴市", "330600", "绍", "越城区 330602 柯桥区 330603 上虞区 330604 新昌县 330624 诸暨市 330681 嵊州市 330683"),
            city("金华市", "330700", "金", "婺城区 330702 金东区 330703 武义县 330723 浦江县 330726 磐安县 330727 兰溪市 330781 "
                    + "义乌市 330782 东阳市 330783 永康市 330784"),
            city("衢州市", "330800", "衢", "柯城区 330802 衢江区 330803 常山县 330822 开化县 330824 龙游县 330825 江山市 330881"),
            city("舟山市", "330900", "舟", "定海区 330902 普陀区 330903 岱山县 330921 嵊泗县 330922"),
            city("台州市", "331000", "台", "椒江区 331002 黄岩区 331003 路桥区 331004 三门县 331022 天台县 331023 仙居县 331024 "
                    + "温岭市 331081 临海市 331082 玉环市 331083"),
            city("丽水市", "331100", "丽", "莲都区 331102 青田县 331121 缙云县 331122 遂昌县 331123 松阳县 331124 云和县 331125 "
                    + "庆元县 331126 景宁畲族自治县 331127 龙泉市 331181"));

    private static City city(String name, String code, String abbreviation, String areas) {
        String[] parts = areas.split(" ");
        List<Area> list = new ArrayList<>();
        for (int i = 0; i < parts.length; i += 2) list.add(new Area(parts[i], parts[i + 1]));
        return new City(name, code, abbreviation, List.copyOf(list));
    }

    /** Township kinds: 街道 (办事处), 镇, 乡. */
    enum TownKind { STREET, TOWN, XIANG }

    /** The kind of the {@code i}-th township of an area: 区 are mostly 街道, 县 mostly 镇 with some 乡. */
    static TownKind townKind(Area area, int i) {
        if (area.district()) return i % 10 < 6 ? TownKind.STREET : TownKind.TOWN;
        if (i < 2) return TownKind.STREET;
        return i % 4 == 3 ? TownKind.XIANG : TownKind.TOWN;
    }

    /** Units a township of this kind brings (see {@link #township}). */
    static int townUnits(TownKind kind) {
        return kind == TownKind.TOWN ? 7 : 5;
    }

    // ---- organs: key, provincial name, local name, provincial short name, local short name ({L} = 县/区/市) ----

    private record Organ(String key, String provinceName, String localName, String provinceShort, String localShort,
                         int weight, Profile profile) {}

    private static final List<Organ> ORGANS = new ArrayList<>();

    private static void organ(String key, String p, String l, String ps, String ls, int weight, Profile profile) {
        ORGANS.add(new Organ(key, p, l, ps, ls, weight, profile));
    }

    static {
        organ("jw", "中共{R}纪律检查委员会", "中共{R}纪律检查委员会", "省纪委", "{L}纪委", 45, Profile.ORGAN_WITH_WORKERS);
        organ("xwb", "中共{R}委办公厅", "中共{R}委办公室", "省委办公厅", "{L}委办", 30, Profile.ORGAN_WITH_WORKERS);
        organ("zzb", "中共{R}委组织部", "中共{R}委组织部", "省委组织部", "{L}委组织部", 24, Profile.ORGAN);
        organ("xcb", "中共{R}委宣传部", "中共{R}委宣传部", "省委宣传部", "{L}委宣传部", 15, Profile.ORGAN);
        organ("tzb", "中共{R}委统一战线工作部", "中共{R}委统一战线工作部", "省委统战部", "{L}委统战部", 14, Profile.ORGAN);
        organ("zfw", "中共{R}委政法委员会", "中共{R}委政法委员会", "省委政法委", "{L}委政法委", 12, Profile.ORGAN);
        organ("bb", "中共{R}委机构编制委员会办公室", "中共{R}委机构编制委员会办公室", "省编办", "{L}编办", 9, Profile.ORGAN);
        organ("rd", "{R}人大常委会办公厅", "{R}人大常委会办公室", "省人大办公厅", "{L}人大办", 18, Profile.ORGAN_WITH_WORKERS);
        organ("zx", "政协{R}委员会办公厅", "政协{R}委员会办公室", "省政协办公厅", "{L}政协办", 15, Profile.ORGAN_WITH_WORKERS);
        organ("zfb", "{R}人民政府办公厅", "{R}人民政府办公室", "省政府办公厅", "{L}政府办", 26, Profile.ORGAN_WITH_WORKERS);
        organ("fgj", "{R}发展和改革委员会", "{R}发展和改革局", "省发改委", "{L}发改局", 22, Profile.ORGAN);
        organ("jxj", "{R}经济和信息化厅", "{R}经济和信息化局", "省经信厅", "{L}经信局", 16, Profile.ORGAN);
        organ("jyj", "{R}教育厅", "{R}教育局", "省教育厅", "{L}教育局", 24, Profile.ORGAN);
        organ("kjj", "{R}科学技术厅", "{R}科学技术局", "省科技厅", "{L}科技局", 12, Profile.ORGAN);
        organ("gaj", "{R}公安厅", "{R}公安局", "省公安厅", "{L}公安局", 160, Profile.POLICE);
        organ("mzj", "{R}民政厅", "{R}民政局", "省民政厅", "{L}民政局", 15, Profile.ORGAN);
        organ("sfj", "{R}司法厅", "{R}司法局", "省司法厅", "{L}司法局", 36, Profile.JUSTICE);
        organ("czj", "{R}财政厅", "{R}财政局", "省财政厅", "{L}财政局", 30, Profile.ORGAN_WITH_WORKERS);
        organ("rsj", "{R}人力资源和社会保障厅", "{R}人力资源和社会保障局", "省人社厅", "{L}人社局", 22, Profile.ORGAN);
        organ("zgj", "{R}自然资源厅", "{R}自然资源和规划局", "省自然资源厅", "{L}资规局", 36, Profile.ORGAN);
        organ("zjj", "{R}住房和城乡建设厅", "{R}住房和城乡建设局", "省住建厅", "{L}住建局", 22, Profile.ORGAN);
        organ("jtj", "{R}交通运输厅", "{R}交通运输局", "省交通厅", "{L}交通局", 20, Profile.ORGAN);
        organ("slj", "{R}水利厅", "{R}水利局", "省水利厅", "{L}水利局", 18, Profile.ORGAN);
        organ("nyj", "{R}农业农村厅", "{R}农业农村局", "省农业农村厅", "{L}农业农村局", 30, Profile.ORGAN);
        organ("swj", "{R}商务厅", "{R}商务局", "省商务厅", "{L}商务局", 15, Profile.ORGAN);
        organ("wlj", "{R}文化和旅游厅", "{R}文化和广电旅游体育局", "省文旅厅", "{L}文广旅体局", 18, Profile.ORGAN);
        organ("wjj", "{R}卫生健康委员会", "{R}卫生健康局", "省卫健委", "{L}卫健局", 20, Profile.ORGAN);
        organ("tyj", "{R}退役军人事务厅", "{R}退役军人事务局", "省退役军人厅", "{L}退役军人局", 10, Profile.ORGAN);
        organ("yjj", "{R}应急管理厅", "{R}应急管理局", "省应急管理厅", "{L}应急管理局", 15, Profile.ORGAN);
        organ("sjj", "{R}审计厅", "{R}审计局", "省审计厅", "{L}审计局", 12, Profile.ORGAN);
        organ("scj", "{R}市场监督管理局", "{R}市场监督管理局", "省市场监管局", "{L}市场监管局", 72, Profile.ORGAN);
        organ("tjj", "{R}统计局", "{R}统计局", "省统计局", "{L}统计局", 10, Profile.ORGAN);
        organ("ybj", "{R}医疗保障局", "{R}医疗保障局", "省医保局", "{L}医保局", 10, Profile.ORGAN);
        organ("zfj", null, "{R}综合行政执法局", null, "{L}综合执法局", 45, Profile.ORGAN);
        organ("xfj", "{R}信访局", "{R}信访局", "省信访局", "{L}信访局", 8, Profile.ORGAN);
        organ("fy", "{R}高级人民法院", "{R}人民法院", "省高院", "{L}法院", 70, Profile.JUDICIAL);
        organ("jcy", "{R}人民检察院", "{R}人民检察院", "省检察院", "{L}检察院", 45, Profile.JUDICIAL);
        organ("zgh", "{R}总工会", "{R}总工会", "省总工会", "{L}总工会", 8, Profile.ORGAN);
        organ("tw", "共青团{R}委员会", "共青团{R}委员会", "团省委", "团{L}委", 5, Profile.ORGAN);
        organ("fl", "{R}妇女联合会", "{R}妇女联合会", "省妇联", "{L}妇联", 5, Profile.ORGAN);
        organ("kx", "{R}科学技术协会", "{R}科学技术协会", "省科协", "{L}科协", 5, Profile.ORGAN);
    }

    // ---- institutions: levels P (province), C (city), X (county) ----

    private record Institution(String key, String levels, String name, String shortName, String parentKey,
                               InstitutionClass cls, Funding funding, int weight, Profile profile) {}

    private static final List<Institution> INSTITUTIONS = new ArrayList<>();

    private static void inst(String levels, String key, String name, String shortName, String parentKey,
                             InstitutionClass cls, Funding funding, int weight, Profile profile) {
        INSTITUTIONS.add(new Institution(key, levels, name, shortName, parentKey, cls, funding, weight, profile));
    }

    static {
        inst("PCX", "dx", "中共{R}委党校", "{L}委党校", "xwb", PUBLIC_WELFARE_1, FULL, 20, Profile.CULTURE);
        inst("PCX", "dag", "{R}档案馆", "{L}档案馆", "xwb", CIVIL_SERVICE_MANAGED, FULL, 10, Profile.CIVIL_SERVICE_MANAGED);
        inst("X", "rmt", "{R}融媒体中心", "{L}融媒体中心", "xcb", PUBLIC_WELFARE_2, PARTIAL, 40, Profile.CULTURE);
        inst("C", "gbds", "{R}广播电视台", "{L}广电台", "xcb", PUBLIC_WELFARE_2, PARTIAL, 60, Profile.CULTURE);
        inst("PCX", "dsj", "{R}大数据发展中心", "{L}大数据中心", "zfb", PUBLIC_WELFARE_1, FULL, 10, Profile.SERVICE);
        inst("PCX", "zwfw", "{R}政务服务中心", "{L}政务服务中心", "zfb", PUBLIC_WELFARE_1, FULL, 15, Profile.SERVICE);
        inst("PCX", "jgsw", "{R}机关事务保障中心", "{L}机关事务中心", "zfb", CIVIL_SERVICE_MANAGED, FULL, 12,
                Profile.CIVIL_SERVICE_MANAGED);
        inst("CX", "zds", "{R}机关招待所", "{L}机关招待所", "jgsw", BUSINESS, SELF, 8, Profile.BUSINESS);
        inst("PCX", "tc", "{R}投资促进中心", "{L}投促中心", "fgj", PUBLIC_WELFARE_1, FULL, 10, Profile.SERVICE);
        inst("P", "zjgd", "浙江工业大学", "浙工大", "jyj", PUBLIC_WELFARE_2, PARTIAL, 300, Profile.SCHOOL);
        inst("P", "zjsd", "浙江师范大学", "浙师大", "jyj", PUBLIC_WELFARE_2, PARTIAL, 260, Profile.SCHOOL);
        inst("P", "zjcd", "浙江财经大学", "浙财大", "jyj", PUBLIC_WELFARE_2, PARTIAL, 180, Profile.SCHOOL);
        inst("P", "jyks", "{R}教育考试院", "省考试院", "jyj", PUBLIC_WELFARE_1, FULL, 20, Profile.SERVICE);
        inst("CX", "yz", "{R}第一中学", "{L}一中", "jyj", PUBLIC_WELFARE_1, FULL, 150, Profile.SCHOOL);
        inst("CX", "ez", "{R}第二中学", "{L}二中", "jyj", PUBLIC_WELFARE_1, FULL, 110, Profile.SCHOOL);
        inst("CX", "zj", "{R}职业技术学校", "{L}职技校", "jyj", PUBLIC_WELFARE_1, FULL, 90, Profile.SCHOOL);
        inst("CX", "syxx", "{R}实验小学", "{L}实验小学", "jyj", PUBLIC_WELFARE_1, FULL, 80, Profile.SCHOOL);
        inst("CX", "syyey", "{R}实验幼儿园", "{L}实验幼儿园", "jyj", PUBLIC_WELFARE_2, PARTIAL, 25, Profile.SCHOOL);
        inst("CX", "jsfz", "{R}教师发展中心", "{L}教师发展中心", "jyj", PUBLIC_WELFARE_1, FULL, 15, Profile.SERVICE);
        inst("P", "rmyy", "{R}人民医院", "省人民医院", "wjj", PUBLIC_WELFARE_2, PARTIAL, 400, Profile.HOSPITAL);
        inst("P", "zyy", "{R}中医院", "省中医院", "wjj", PUBLIC_WELFARE_2, PARTIAL, 300, Profile.HOSPITAL);
        inst("P", "zl", "{R}肿瘤医院", "省肿瘤医院", "wjj", PUBLIC_WELFARE_2, PARTIAL, 250, Profile.HOSPITAL);
        inst("P", "xy", "{R}血液中心", "省血液中心", "wjj", PUBLIC_WELFARE_1, FULL, 40, Profile.PUBLIC_HEALTH);
        inst("C", "rmyy", "{R}第一人民医院", "{L}一院", "wjj", PUBLIC_WELFARE_2, PARTIAL, 300, Profile.HOSPITAL);
        inst("C", "zyy", "{R}中医院", "{L}中医院", "wjj", PUBLIC_WELFARE_2, PARTIAL, 180, Profile.HOSPITAL);
        inst("C", "jj", "{R}急救中心", "{L}急救中心", "wjj", PUBLIC_WELFARE_1, FULL, 40, Profile.PUBLIC_HEALTH);
        inst("X", "rmyy", "{R}人民医院", "{L}人民医院", "wjj", PUBLIC_WELFARE_2, PARTIAL, 260, Profile.HOSPITAL);
        inst("X", "zyy", "{R}中医医院", "{L}中医院", "wjj", PUBLIC_WELFARE_2, PARTIAL, 140, Profile.HOSPITAL);
        inst("CX", "fby", "{R}妇幼保健院", "{L}妇保院", "wjj", PUBLIC_WELFARE_2, PARTIAL, 50, Profile.HOSPITAL);
        inst("PCX", "jk", "{R}疾病预防控制中心", "{L}疾控中心", "wjj", PUBLIC_WELFARE_1, FULL, 45, Profile.PUBLIC_HEALTH);
        inst("CX", "gzc", "{R}公证处", "{L}公证处", "sfj", PUBLIC_WELFARE_2, SELF, 6, Profile.SERVICE);
        inst("PCX", "gk", "{R}财政国库支付中心", "{L}国库支付中心", "czj", CIVIL_SERVICE_MANAGED, FULL, 8,
                Profile.CIVIL_SERVICE_MANAGED);
        inst("PCX", "sb", "{R}社会保险事业管理中心", "{L}社保中心", "rsj", CIVIL_SERVICE_MANAGED, FULL, 18,
                Profile.CIVIL_SERVICE_MANAGED);
        inst("CX", "bdc", "{R}不动产登记中心", "{L}不动产登记中心", "zgj", PUBLIC_WELFARE_1, FULL, 25, Profile.SERVICE);
        inst("PCX", "ly", "{R}林业发展中心", "{L}林业中心", "zgj", PUBLIC_WELFARE_1, FULL, 20, Profile.SERVICE);
        inst("CX", "fg", "{R}住房保障和房产管理中心", "{L}房管中心", "zjj", PUBLIC_WELFARE_1, FULL, 10, Profile.SERVICE);
        inst("PCX", "gl", "{R}公路与运输管理中心", "{L}公路运输中心", "jtj", PUBLIC_WELFARE_1, FULL, 35, Profile.SERVICE);
        inst("PCX", "slgc", "{R}水利工程管理中心", "{L}水利工程中心", "slj", PUBLIC_WELFARE_1, FULL, 15, Profile.SERVICE);
        inst("PCX", "nj", "{R}农业技术推广中心", "{L}农技中心", "nyj", PUBLIC_WELFARE_1, FULL, 25, Profile.SERVICE);
        inst("PCX", "tsg", "{R}图书馆", "{L}图书馆", "wlj", PUBLIC_WELFARE_1, FULL, 12, Profile.CULTURE);
        inst("PCX", "bwg", "{R}博物馆", "{L}博物馆", "wlj", PUBLIC_WELFARE_1, FULL, 8, Profile.CULTURE);
        inst("CX", "hw", "{R}环境卫生管理中心", "{L}环卫中心", "zfj", PUBLIC_WELFARE_1, FULL, 20, Profile.SERVICE);
        inst("PCX", "ybzx", "{R}医疗保障服务中心", "{L}医保中心", "ybj", CIVIL_SERVICE_MANAGED, FULL, 8,
                Profile.CIVIL_SERVICE_MANAGED);
        inst("PC", "spjy", "{R}食品药品检验研究院", "{L}食药检院", "scj", PUBLIC_WELFARE_1, FULL, 30, Profile.PUBLIC_HEALTH);
        inst("PCX", "tyfw", "{R}退役军人服务中心", "{L}退役军人服务中心", "tyj", PUBLIC_WELFARE_1, FULL, 6, Profile.SERVICE);
    }

    /** Staff weights of provincial and city units relative to those of a county. */
    private static final int PROVINCE_SCALE = 3;
    private static final int CITY_SCALE = 2;

    private ProvinceCatalogue() {
    }

    /** The provincial units (层级 省), parents first. */
    static List<UnitTemplate> province() {
        return common(PROVINCE_NAME, "省", 'P', PROVINCE, PROVINCE_SCALE);
    }

    /** The 市直 units of {@code city} (层级 市), parents first. */
    static List<UnitTemplate> city(City city) {
        return common(city.name(), "市", 'C', CITY, CITY_SCALE);
    }

    /** Units of an area with {@code towns} townships, without building them (for sizing the province). */
    static int countUnits(Area area, int towns) {
        int n = (int) ORGANS.stream().filter(o -> o.localName() != null).count()
                + (int) INSTITUTIONS.stream().filter(i -> i.levels().indexOf('X') >= 0).count();
        for (int i = 0; i < towns; i++) n += townUnits(townKind(area, i));
        return n;
    }

    /** The units of a 县/区/县级市 with {@code towns} townships, named with draws from {@code random}; parents first. */
    static List<UnitTemplate> area(Area area, int towns, SplittableRandom random) {
        List<UnitTemplate> units = common(area.name(), area.levelChar(), 'X', COUNTY, 1);
        Set<String> townNames = new HashSet<>();
        for (int i = 0; i < towns; i++) {
            String base;
            do base = TOWN_FIRST[random.nextInt(TOWN_FIRST.length)] + TOWN_SECOND[random.nextInt(TOWN_SECOND.length)];
            while (!townNames.add(base) || base.charAt(0) == base.charAt(1));
            township(units, area, townKind(area, i), base, 20 + random.nextInt(30));
        }
        return List.copyOf(units);
    }

    private static final String[] TOWN_FIRST = ("新 东 西 南 北 大 小 白 石 龙 凤 金 青 安 永 长 清 黄 马 杨 梅 桃 高 双 三 "
            + "上 下 湖 溪 岭 松 竹 枫 柳 沙 云 鹤 象 横 平 古 官 莲 桐 芦 汤 章 樟 仙 灵 赤 紫 玉 银 湾 潘 陈 吴 林").split(" ");
    private static final String[] TOWN_SECOND = ("桥 溪 山 塘 口 坑 岙 头 门 埠 港 源 岭 洋 田 湾 浦 墩 堰 店 垟 宅 渡 川 "
            + "坪 阳 江 浜 林 亭 庄 堡 岩 屿 里 泉 关 坞 畈 泽").split(" ");

    private static List<UnitTemplate> common(String region, String levelChar, char level, AdministrativeLevel layer,
                                             int scale) {
        List<UnitTemplate> units = new ArrayList<>();
        boolean province = level == 'P';
        for (Organ o : ORGANS) {
            String name = province ? o.provinceName() : o.localName();
            if (name == null) continue;
            // the city court is the 中级人民法院
            if (level == 'C' && o.key().equals("fy")) name = "{R}中级人民法院";
            units.add(new UnitTemplate(o.key(), fill(name, region, levelChar),
                    fill(province ? o.provinceShort() : o.localShort(), region, levelChar), UnitKind.ORGAN, null, FULL,
                    null, layer, o.weight() * scale, o.profile()));
        }
        for (Institution i : INSTITUTIONS) {
            if (i.levels().indexOf(level) < 0) continue;
            units.add(new UnitTemplate(i.key(), fill(i.name(), region, levelChar), fill(i.shortName(), region, levelChar),
                    UnitKind.INSTITUTION, i.cls(), i.funding(), i.parentKey(), layer,
                    i.weight() * (i.profile() == Profile.HOSPITAL || i.profile() == Profile.SCHOOL ? 1 : scale),
                    i.profile()));
        }
        return units;
    }

    /** A township: its government (乡) with two service centres (乡), and the school and health centre of the county. */
    private static void township(List<UnitTemplate> units, Area area, TownKind kind, String base, int weight) {
        String x = area.name();
        String town = base + switch (kind) {
            case STREET -> "街道";
            case TOWN -> "镇";
            case XIANG -> "乡";
        };
        String key = "town:" + town;
        boolean street = kind == TownKind.STREET;
        add(units, key, x + town + (street ? "办事处" : "人民政府"), street ? town : town + "政府", UnitKind.ORGAN, null,
                null, TOWNSHIP, weight, Profile.TOWNSHIP);
        add(units, key + ":sf", x + town + "社会事务综合服务中心", base + "社服中心", UnitKind.INSTITUTION, PUBLIC_WELFARE_1,
                key, TOWNSHIP, Math.max(3, weight / 6), Profile.SERVICE);
        if (street) {
            add(units, key + ":cg", x + town + "城市管理服务中心", base + "城管中心", UnitKind.INSTITUTION, PUBLIC_WELFARE_1,
                    key, TOWNSHIP, Math.max(3, weight / 6), Profile.SERVICE);
            add(units, key + ":xx", x + base + "小学", base + "小学", UnitKind.INSTITUTION, PUBLIC_WELFARE_1, "jyj",
                    COUNTY, 30 + weight / 2, Profile.SCHOOL);
            add(units, key + ":ws", x + town + "社区卫生服务中心", base + "社区卫生服务中心", UnitKind.INSTITUTION,
                    PUBLIC_WELFARE_2, "wjj", COUNTY, 20 + weight / 3, Profile.HOSPITAL);
            return;
        }
        add(units, key + ":nf", x + town + "农业综合服务中心", base + "农服中心", UnitKind.INSTITUTION, PUBLIC_WELFARE_1,
                key, TOWNSHIP, Math.max(4, weight / 5), Profile.SERVICE);
        add(units, key + ":xx", x + town + "中心小学", base + "中心小学", UnitKind.INSTITUTION, PUBLIC_WELFARE_1, "jyj",
                COUNTY, 25 + weight / 2, Profile.SCHOOL);
        if (kind == TownKind.TOWN) {
            add(units, key + ":cz", x + town + "初级中学", base + "初中", UnitKind.INSTITUTION, PUBLIC_WELFARE_1, "jyj",
                    COUNTY, 30 + weight / 2, Profile.SCHOOL);
            add(units, key + ":yey", x + town + "中心幼儿园", base + "中心幼儿园", UnitKind.INSTITUTION, PUBLIC_WELFARE_2,
                    "jyj", COUNTY, 8 + weight / 5, Profile.SCHOOL);
        }
        add(units, key + ":ws", x + town + (kind == TownKind.TOWN ? "中心卫生院" : "卫生院"), base + "卫生院",
                UnitKind.INSTITUTION, PUBLIC_WELFARE_2, "wjj", COUNTY, kind == TownKind.TOWN ? 25 + weight / 3 : 12,
                Profile.HOSPITAL);
    }

    private static void add(List<UnitTemplate> units, String key, String name, String shortName, UnitKind kind,
                            InstitutionClass cls, String parentKey, AdministrativeLevel level, int weight, Profile profile) {
        Funding funding = cls == PUBLIC_WELFARE_2 ? PARTIAL : FULL;
        units.add(new UnitTemplate(key, name, shortName, kind, cls, funding, parentKey, level, weight, profile));
    }

    private static String fill(String pattern, String region, String levelChar) {
        return pattern.replace("{R}", region).replace("{L}", levelChar);
    }
}
