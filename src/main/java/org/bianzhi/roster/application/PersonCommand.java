package org.bianzhi.roster.application;

import java.time.LocalDate;
import org.bianzhi.shared.application.Bound;

/**
 * A person as a clerk enters them. Gender and birth date may be left out (the ID number gives them);
 * enumerations may be codes or Chinese names.
 */
public record PersonCommand(String idNumber, @Bound(chars = 50) String name, String gender,
                            @Bound(yearsAhead = 0) LocalDate birthDate, String identity,
                            String basisDocument, Long version) {
}
