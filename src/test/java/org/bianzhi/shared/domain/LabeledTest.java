package org.bianzhi.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bianzhi.establishment.domain.Funding;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.roster.domain.Arrangement;
import org.bianzhi.roster.domain.PersonIdentity;
import org.bianzhi.roster.domain.PostType;
import org.junit.jupiter.api.Test;

class LabeledTest {

    @Test
    void findsAConstantByItsChineseLabel() {
        assertEquals(Optional.of(Funding.PARTIAL), Labeled.parse(Funding.class, "差额拨款"));
        assertEquals(Optional.of(PersonIdentity.CS_MANAGED), Labeled.parse(PersonIdentity.class, "参公人员"));
    }

    @Test
    void findsAConstantByItsCodeIgnoringCaseAndSurroundingSpace() {
        assertEquals(Optional.of(Funding.SELF), Labeled.parse(Funding.class, " self "));
        assertEquals(Optional.of(PersonIdentity.NON_ESTABLISHMENT), Labeled.parse(PersonIdentity.class, "NON_ESTABLISHMENT"));
    }

    @Test
    void findsNothingForUnknownBlankOrNullText() {
        assertEquals(Optional.empty(), Labeled.parse(Funding.class, "全额"));
        assertEquals(Optional.empty(), Labeled.parse(Funding.class, " "));
        assertEquals(Optional.empty(), Labeled.parse(Funding.class, null));
    }

    @Test
    void listsTheChoicesInDeclarationOrder() {
        assertEquals("全额拨款/差额拨款/自收自支", Labeled.choices(Funding.class));
    }

    /** The cached look-up answers as a scan of the constants in declaration order would, for any text a cell holds. */
    @Property(tries = 500)
    void findsWhatAScanOfTheConstantsFinds(@ForAll("cells") String text) {
        for (Class<?> type : List.of(Funding.class, PersonIdentity.class, QuotaType.class, PostType.class, Arrangement.class)) {
            assertEquals(scan(type, text), parse(type, text), type.getSimpleName() + " «" + text + "»");
        }
    }

    @Provide
    Arbitrary<String> cells() {
        List<String> known = List.of(Funding.class, PersonIdentity.class, QuotaType.class, PostType.class, Arrangement.class).stream()
                .flatMap(t -> Arrays.stream(t.getEnumConstants()).flatMap(e -> java.util.stream.Stream.of(((Enum<?>) e).name(),
                        ((Labeled) e).label())))
                .toList();
        Arbitrary<String> spelled = Arbitraries.of(known).flatMap(k -> Arbitraries.of(k, k.toLowerCase(), " " + k + " ", k + "\t",
                k.substring(0, k.length() - 1), k + "x"));
        return Arbitraries.oneOf(spelled, Arbitraries.strings().ofMaxLength(8));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<?> parse(Class<?> type, String text) {
        return Labeled.parse((Class) type, text);
    }

    private static Optional<?> scan(Class<?> type, String text) {
        String t = text.strip();
        return Arrays.stream(type.getEnumConstants()).filter(e -> ((Enum<?>) e).name().equalsIgnoreCase(t) || ((Labeled) e).label().equals(t))
                .findFirst();
    }
}
