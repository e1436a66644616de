package org.bianzhi.demo;

import java.util.List;
import java.util.SplittableRandom;
import org.bianzhi.roster.domain.Gender;

/**
 * Chinese names: surnames drawn with their frequency in southern Zhejiang (叶 and 陈 are common in 丽水, 蓝 雷 钟
 * are the 畲族 surnames of the area), given names in the fashion of the person's birth years, and a few Uyghur
 * names written with ·. Rarer and polyphonic surnames (单 解 仇 区 朴 查 and compound ones) are featured on
 * purpose: name search must find them.
 */
final class NameBook {

    /** Surname and weight (per ten thousand, roughly). */
    private static final Object[] SURNAMES = {
            "陈", 760, "王", 520, "叶", 450, "吴", 400, "周", 350, "张", 350, "李", 320, "徐", 300, "林", 300,
            "刘", 300, "潘", 200, "杨", 200, "黄", 200, "赵", 150, "朱", 150, "胡", 140, "金", 120, "郑", 120,
            "何", 110, "孙", 110, "季", 100, "高", 100, "邱", 90, "毛", 80, "蓝", 80, "雷", 70, "钟", 70, "项", 70,
            "应", 60, "马", 60, "郭", 60, "罗", 60, "梁", 50, "谢", 60, "宋", 50, "许", 60, "蒋", 60, "沈", 60,
            "余", 60, "汪", 50, "曾", 40, "程", 40, "方", 60, "施", 40, "洪", 40, "夏", 40, "邹", 40, "鲍", 30,
            "韩", 30, "冯", 30, "邓", 30, "曹", 30, "彭", 25, "肖", 25, "田", 20, "董", 30, "袁", 25, "蔡", 30,
            "姜", 25, "卢", 30, "姚", 30, "魏", 20, "苏", 20, "吕", 30, "丁", 25, "任", 20, "杜", 20, "范", 25,
            "陆", 25, "柳", 20, "詹", 20, "严", 20, "钱", 25, "戴", 20, "邵", 25, "顾", 15, "龚", 15, "孔", 10,
            "单", 6, "解", 4, "仇", 4, "区", 3, "朴", 3, "查", 6, "欧阳", 4, "诸葛", 3, "司马", 2};

    /** Shown at least once in every county, so a search test always has one of each. */
    static final List<String> FEATURED = List.of("单", "解", "仇", "区", "朴", "查", "欧阳", "诸葛");

    // Per sex and generation: one-character names, classic two-character names, and the characters a
    // two-character name is most often composed of (first, second) — composing keeps 重名 at a realistic level.
    private static final Pool MALE_OLD = new Pool("军 勇 强 伟 平 华 明 斌 刚 林 忠 荣 峰 杰 波 兵 敏 锋 雄 彪",
            "建国 建华 建军 国平 国强 志强 志明 卫东 卫国 海平 永明 立新 红兵 振华 学军 国庆 新华 光明 利民 根法",
            "建 国 志 卫 海 永 立 金 振 德 学 新 晓 文 春 正 光 伟 利 洪 根 跃 小 宏",
            "国 华 军 平 强 明 东 民 新 忠 林 荣 生 福 良 成 法 庆 兴 才 勇 伟 祥 标");
    private static final Pool MALE_MID = new Pool("磊 涛 超 鹏 辉 俊 斌 飞 亮 峰 浩 鑫 杰 凯 健 剑 勇 毅 锐 骏",
            "志强 海峰 晓峰 建锋 俊杰 文杰 晓明 海涛 伟峰 鹏飞 振宇 旭东 晓辉 志刚 剑锋 一鸣 晓波 海滨 建斌 伟杰",
            "志 海 晓 建 俊 文 伟 鹏 立 永 振 国 旭 剑 一 跃 宏 雪 少 忠 益",
            "强 峰 锋 杰 明 涛 军 伟 宇 东 辉 刚 波 斌 飞 鸣 亮 华 平 洋 彬 俊");
    private static final Pool MALE_YOUNG = new Pool("浩 磊 杰 宇 帆 翔 博 超 凯 晨 昊 航 睿 哲 鑫 琦",
            "浩然 子豪 宇航 俊杰 天宇 子轩 晨阳 一凡 思远 博文 家豪 文博 嘉豪 宇轩 浩宇 泽宇 皓轩 子健 明轩 逸飞",
            "浩 子 宇 俊 天 晨 一 思 博 家 文 嘉 泽 皓 明 逸 星 奕 梓 佳 锦 承 立",
            "然 豪 航 杰 宇 轩 阳 凡 远 文 博 诚 辰 睿 铭 哲 恒 翔 洋 霖 昊 峰 楠 凯");
    private static final Pool FEMALE_OLD = new Pool("红 英 芳 萍 燕 霞 玲 琴 华 敏 娟 丽 珍 云 兰 梅",
            "秀英 桂英 红梅 丽华 美华 玉兰 秀兰 月英 金花 素芳 爱华 春燕 彩霞 丽萍 素珍 小红 玉芬 雪芳 海燕 碧云",
            "秀 桂 红 丽 美 玉 月 金 素 爱 春 彩 小 雪 海 巧 碧 建 翠 凤 晓 芳 菊 亚",
            "英 梅 华 兰 花 芳 燕 霞 萍 珍 芬 娟 玲 云 琴 仙 香 莲 娥 青 凤 红 妹 平");
    private static final Pool FEMALE_MID = new Pool("静 丽 敏 燕 娟 婷 洁 艳 琳 颖 倩 慧 晶 丹 蕾 薇",
            "晓燕 丽娟 晓丽 海燕 雅琴 晓敏 丽君 慧敏 燕萍 晓霞 晓红 艳芳 婷婷 丽芳 晓琳 雪梅 春燕 秀娟 晓静 佳佳",
            "晓 丽 海 雅 慧 燕 艳 婷 雪 春 秀 旭 佳 静 素 美 亚 彩 微 丹 文 玲 琼 新",
            "燕 娟 丽 琴 敏 霞 红 芳 萍 琳 梅 静 君 芬 洁 婷 倩 颖 慧 莉 瑛 蓉 艳 丹");
    private static final Pool FEMALE_YOUNG = new Pool("婷 倩 颖 璐 雪 琪 瑶 悦 欣 怡 洁 蕾 娜 璇",
            "欣怡 雨涵 诗琪 梦瑶 思雨 佳怡 雨婷 佳琪 可欣 梓涵 静怡 心怡 诗雨 雨萱 子涵 晓彤 嘉怡 梦琪 思佳 一诺",
            "欣 雨 诗 梦 思 佳 可 梓 静 心 子 晓 嘉 一 芷 紫 语 若 雅 馨 婉 佩 丹 乐",
            "怡 涵 琪 瑶 雨 婷 欣 萱 彤 慧 诺 若 妍 琳 悦 菲 蕾 雯 岚 璐 洁 薇 宁 颖");

    /** Uyghur names: given name · father's name; a handful of cadres came through 援疆 exchanges. */
    private static final String[] UYGHUR_MALE = {"买买提江", "艾力", "阿布都热合曼", "依明", "艾尔肯", "亚森", "吐尔洪"};
    private static final String[] UYGHUR_FEMALE = {"阿依古丽", "热依拉", "古丽米拉", "迪丽努尔", "帕提古丽",
            "努尔尼沙", "再娜甫"};
    private static final String[] UYGHUR_FATHER = {"买买提", "艾买提", "吐尔逊", "阿不来提", "艾则孜", "阿不都拉", "肉孜",
            "艾山", "库尔班", "司马义"};

    private static final int SURNAME_TOTAL;

    static {
        int total = 0;
        for (int i = 1; i < SURNAMES.length; i += 2) total += (Integer) SURNAMES[i];
        SURNAME_TOTAL = total;
    }

    private NameBook() {
    }

    static String surname(SplittableRandom random) {
        int draw = random.nextInt(SURNAME_TOTAL);
        for (int i = 0; i < SURNAMES.length; i += 2) {
            draw -= (Integer) SURNAMES[i + 1];
            if (draw < 0) return (String) SURNAMES[i];
        }
        throw new IllegalStateException("surname table");
    }

    /** A given name as parents named children of that sex in {@code birthYear}. */
    static String givenName(SplittableRandom random, Gender gender, int birthYear) {
        boolean male = gender == Gender.MALE;
        Pool pool = birthYear < 1976 ? (male ? MALE_OLD : FEMALE_OLD)
                : birthYear < 1991 ? (male ? MALE_MID : FEMALE_MID)
                : (male ? MALE_YOUNG : FEMALE_YOUNG);
        // one-character given names went out of fashion with the 1990s
        double single = birthYear < 1976 ? 0.30 : birthYear < 1991 ? 0.25 : 0.10;
        if (random.nextDouble() < single) return pick(random, pool.singles);
        if (random.nextDouble() < 0.2) return pick(random, pool.classics);
        String first = pick(random, pool.firsts);
        String second;
        do second = pick(random, pool.seconds); while (second.equals(first));
        return first + second;
    }

    static String uyghurName(SplittableRandom random, Gender gender) {
        return pick(random, gender == Gender.MALE ? UYGHUR_MALE : UYGHUR_FEMALE) + "·" + pick(random, UYGHUR_FATHER);
    }

    private static String pick(SplittableRandom random, String[] names) {
        return names[random.nextInt(names.length)];
    }

    /** The given names of one sex and generation. */
    private record Pool(String[] singles, String[] classics, String[] firsts, String[] seconds) {
        Pool(String singles, String classics, String firsts, String seconds) {
            this(singles.split(" "), classics.split(" "), firsts.split(" "), seconds.split(" "));
        }
    }
}
