package org.bianzhi.demo;

import java.time.LocalDate;
import org.bianzhi.roster.domain.Gender;
import org.bianzhi.roster.domain.PersonIdentity;

/** A generated person. Surname and given name are kept apart so rarer surnames can be featured afterwards. */
final class DemoPerson {

    final String idNumber;
    final Gender gender;
    final LocalDate birthDate;
    final PersonIdentity identity;
    String surname;
    String givenName;
    /** A minority name written whole, with ·; null for Han names. */
    String fullName;

    DemoPerson(String idNumber, Gender gender, LocalDate birthDate, PersonIdentity identity) {
        this.idNumber = idNumber;
        this.gender = gender;
        this.birthDate = birthDate;
        this.identity = identity;
    }

    String name() {
        return fullName != null ? fullName : surname + givenName;
    }
}
