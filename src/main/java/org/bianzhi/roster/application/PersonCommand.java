package org.bianzhi.roster.application;

import org.bianzhi.shared.application.Bound;
import java.time.LocalDate;

/**
 * A person as a clerk enters them. Gender and birth date may be left out (the ID number gives them);
 * enumerations may be codes or Chinese names.
 */
public record PersonCommand(String idNumber, @Bound(chars = 50) String name, String gender,
                            @Bound(yearsAhead = 0) LocalDate birthDate, String identity,
                            String basisDocument, Long version) {
}
