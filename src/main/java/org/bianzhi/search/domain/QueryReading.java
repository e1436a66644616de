package org.bianzhi.search.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.establishment.domain.UnitKind;
import org.bianzhi.roster.domain.IdNumber;
import org.bianzhi.roster.domain.PersonIdentity;
import org.bianzhi.roster.domain.PostType;
import org.bianzhi.shared.domain.Labeled;

/**
 * 检索词的理解: how the one query box is read. Words are split at spaces and where Chinese meets Latin letters or
 * digits ({@code zw水利局} is {@code zw} and {@code 水利局}); a word of 18 characters (or an old 15-digit number) is an
 * ID number, 4 to 6 digits (with X) the end of one, Latin letters pinyin, Chinese a name or part of one, a unit's
 * name, or a label such as 行政岗位.
 */
public final class QueryReading {

    private static final List<Class<? extends Labeled>> LABELLED = List.of(QuotaType.class, PostType.class,
            PersonIdentity.class, UnitKind.class);

    private QueryReading() {
    }

    public static List<PersonQuery.QueryToken> tokens(String text, UnitCatalogue units) {
        List<PersonQuery.QueryToken> tokens = new ArrayList<>();
        if (text == null) return tokens;
        for (String word : words(ChineseText.normalized(text))) tokens.add(token(word, units));
        return tokens;
    }

    static List<String> words(String normalized) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        int kind = -1;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            int k = ChineseText.isHan(c) ? 0 : Character.isLetterOrDigit(c) ? 1 : -1;
            if (k != kind || k < 0) {
                if (w.length() > 0) words.add(w.toString());
                w.setLength(0);
            }
            if (k >= 0) w.append(c);
            kind = k;
        }
        if (w.length() > 0) words.add(w.toString());
        return words;
    }

    private static PersonQuery.QueryToken token(String word, UnitCatalogue units) {
        if (ChineseText.isHan(word.charAt(0))) {
            return new PersonQuery.QueryToken(word, PersonQuery.QueryToken.Kind.HAN, units.naming(word), labels(word));
        }
        String upper = word.toUpperCase();
        if (upper.matches("\\d{17}[\\dX]")) return id(upper);
        if (upper.matches("\\d{15}")) {
            try {
                return id(IdNumber.read(upper).idNumber().value());
            } catch (RuntimeException notAnId) {
                return id(upper);
            }
        }
        if (upper.matches("\\d+X?")) {
            return new PersonQuery.QueryToken(upper, PersonQuery.QueryToken.Kind.ID_DIGITS, Set.of(), List.of());
        }
        return new PersonQuery.QueryToken(word.replaceAll("\\d", ""), PersonQuery.QueryToken.Kind.LATIN, Set.of(), List.of());
    }

    private static PersonQuery.QueryToken id(String number) {
        return new PersonQuery.QueryToken(number, PersonQuery.QueryToken.Kind.ID_NUMBER, Set.of(), List.of());
    }

    private static List<PersonQuery.QueryToken.Label> labels(String word) {
        List<PersonQuery.QueryToken.Label> labels = new ArrayList<>();
        for (Class<? extends Labeled> type : LABELLED) {
            for (Labeled l : type.getEnumConstants()) {
                if (l.label().equals(word)) {
                    labels.add(new PersonQuery.QueryToken.Label(dimension(type), ((Enum<?>) l).name(), l.label()));
                }
            }
        }
        return labels;
    }

    private static String dimension(Class<?> type) {
        if (type == QuotaType.class) return "quotaType";
        if (type == PostType.class) return "postType";
        if (type == UnitKind.class) return "unitKind";
        return "identity";
    }
}
