package org.bianzhi.roster.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bianzhi.roster.domain.IdNumber;
import org.bianzhi.shared.application.PersonalDataReads;
import org.bianzhi.shared.application.Scope;

/**
 * How an ID number is shown to the caller: in full for roles that may see it, and that read logged against the
 * person; masked for every other role. Every view that shows an ID number goes through here.
 */
@ApplicationScoped
public class IdNumberDisclosure {

    @Inject
    Scope scope;

    @Inject
    PersonalDataReads reads;

    /** {@code personId} null: a number the registry does not know (from an imported list), shown but not logged. */
    public String shown(Long personId, String idNumber) {
        if (!scope.seesFullIdNumbers()) return new IdNumber(idNumber).masked();
        if (personId != null) reads.read(personId, PersonalDataReads.What.FULL_ID_NUMBER);
        return idNumber;
    }
}
