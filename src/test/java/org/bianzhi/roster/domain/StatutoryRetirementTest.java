package org.bianzhi.roster.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatutoryRetirementTest {

    @ParameterizedTest(name = "{0} born {1}, cadre {2}: retires {3} ({4})")
    @CsvSource({
            // men: base 60, +1 month per 4 months from 1965-01, at most 36
            "MALE,   1964-12-15, false, 2024-12-15, 60岁",
            "MALE,   1965-01-10, false, 2025-02-10, 60岁1个月",
            "MALE,   1965-04-30, false, 2025-05-30, 60岁1个月",
            "MALE,   1965-05-01, false, 2025-07-01, 60岁2个月",
            "MALE,   1976-09-20, false, 2039-09-20, 63岁",
            "MALE,   1980-01-01, false, 2043-01-01, 63岁",
            // women of base 55: +1 month per 4 months from 1970-01, at most 36
            "FEMALE, 1969-12-31, true,  2024-12-31, 55岁",
            "FEMALE, 1970-01-01, true,  2025-02-01, 55岁1个月",
            "FEMALE, 1970-04-15, true,  2025-05-15, 55岁1个月",
            "FEMALE, 1970-05-15, true,  2025-07-15, 55岁2个月",
            "FEMALE, 1981-09-01, true,  2039-09-01, 58岁",
            // women of base 50: +1 month per 2 months from 1975-01, at most 60
            "FEMALE, 1974-12-31, false, 2024-12-31, 50岁",
            "FEMALE, 1975-01-20, false, 2025-02-20, 50岁1个月",
            "FEMALE, 1975-02-28, false, 2025-03-28, 50岁1个月",
            "FEMALE, 1975-03-01, false, 2025-05-01, 50岁2个月",
            "FEMALE, 1984-12-01, false, 2039-12-01, 55岁",
            "FEMALE, 1990-06-01, false, 2045-06-01, 55岁",
    })
    void retirementDate(Gender gender, LocalDate birth, boolean cadre, LocalDate expected, String age) {
        assertEquals(expected, StatutoryRetirement.date(birth, gender, cadre));
        assertEquals(age, StatutoryRetirement.age(birth, gender, cadre));
    }

    @Test
    void womenInCadrePostsOrWithCadreIdentityHaveBase55() {
        assertTrue(StatutoryRetirement.cadre(PostType.PROFESSIONAL, PersonIdentity.INSTITUTION_STAFF));
        assertTrue(StatutoryRetirement.cadre(null, PersonIdentity.CS_MANAGED));
        assertTrue(StatutoryRetirement.cadre(PostType.ORGAN_WORKER_POST, PersonIdentity.CIVIL_SERVANT));
        assertFalse(StatutoryRetirement.cadre(PostType.SKILLED_WORKER, PersonIdentity.INSTITUTION_STAFF));
        assertFalse(StatutoryRetirement.cadre(PostType.ORGAN_WORKER_POST, PersonIdentity.ORGAN_WORKER));
    }
}
