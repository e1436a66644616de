package org.bianzhi.roster.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bianzhi.establishment.domain.UnitKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostTypeTest {

    @ParameterizedTest(name = "{0} exists in an organ: {1}, in an institution: {2}")
    @CsvSource({
            "ADMINISTRATIVE_POST, true,  false",
            "ORGAN_WORKER_POST,   true,  false",
            "MANAGEMENT,          false, true",
            "PROFESSIONAL,        false, true",
            "SKILLED_WORKER,      false, true"
    })
    void eachPostTypeExistsInOneKindOfUnit(PostType type, boolean inOrgan, boolean inInstitution) {
        assertEquals(inOrgan, type.existsIn(UnitKind.ORGAN));
        assertEquals(inInstitution, type.existsIn(UnitKind.INSTITUTION));
    }
}
