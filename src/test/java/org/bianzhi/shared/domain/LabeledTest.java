package org.bianzhi.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.bianzhi.establishment.domain.Funding;
import org.bianzhi.roster.domain.PersonIdentity;
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
}
