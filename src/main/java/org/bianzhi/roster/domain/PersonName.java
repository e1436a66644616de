package org.bianzhi.roster.domain;

/** 姓名 as on the ID card: Chinese characters, with · between the parts of a minority or foreign name. */
public final class PersonName {

    private PersonName() {
    }

    /** The name normalised (middle-dot variants become ·), or null when it cannot be a real name. */
    public static String normalise(String text) {
        if (text == null) return null;
        String s = text.strip().replaceAll("\\s*[·•・．.\u2027\u30FB\u2219\u22C5\uFF65\uFE52]\\s*", "·");
        if (s.isEmpty() || s.length() > 50 || s.startsWith("·") || s.endsWith("·") || s.contains("··")) return null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean ok = cp == '·' || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                    || Character.isLetter(cp) && cp < 0x250 || cp == ' ';
            if (!ok) return null;
            i += Character.charCount(cp);
        }
        return s;
    }

    /** 姓 and 名 of a name. */
    public record Parts(String surname, String given) {}

    /** The two-character surnames (复姓) a name may begin with; a name of two characters is always one and one. */
    private static final java.util.Set<String> COMPOUND = java.util.Set.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫",
            "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "司空", "夏侯", "轩辕", "令狐", "端木", "南宫", "西门", "独孤",
            "申屠", "太史", "澹台", "公冶", "呼延", "闻人", "万俟", "钟离", "宗政", "濮阳", "淳于", "拓跋", "百里",
            "东郭", "赫连", "第五", "谷梁", "左丘", "梁丘", "公羊", "仲孙", "闾丘", "乐正", "羊舌", "微生", "公西", "漆雕",
            "亓官", "司寇", "巫马", "鲜于", "段干", "颛孙", "壤驷", "公良", "南门", "东门", "即墨", "完颜", "爱新觉罗");

    /**
     * 姓 and 名 apart, as forms ask for them: a name with · (a minority or foreign name) is 名·…·姓, its last part the
     * surname; otherwise a listed compound surname (欧阳, 司马, 爱新觉罗 …) when the name is longer than it, else the
     * first character. Counted in code points: a rare character outside the BMP is one character.
     */
    public static Parts split(String name) {
        if (name == null || name.isEmpty()) return new Parts("", "");
        int dot = name.lastIndexOf('·');
        if (dot > 0) return new Parts(name.substring(dot + 1), name.substring(0, dot));
        int chars = name.codePointCount(0, name.length());
        for (int n = 4; n >= 2; n--) {
            if (chars <= n) continue;
            int end = name.offsetByCodePoints(0, n);
            if (COMPOUND.contains(name.substring(0, end))) return new Parts(name.substring(0, end), name.substring(end));
        }
        int first = name.offsetByCodePoints(0, 1);
        return new Parts(name.substring(0, first), name.substring(first));
    }
}
