package org.bianzhi.roster.application;

import java.time.LocalDate;
import org.bianzhi.shared.application.Bound;

/**
 * A person as a clerk enters them. Gender and birth date may be left out (the ID number gives them);
 * enumerations may be codes or Chinese names. {@code rank} (职务层次) and {@code household} (户口所在地) are optional
 * and effective-dated: recorded from {@code factsFrom} (default today) when they differ from the value in force.
 */
public record PersonCommand(String idNumber, @Bound(chars = 50) String name, String gender,
                            @Bound(yearsAhead = 0) LocalDate birthDate, String identity,
                            String basisDocument, Long version, String rank, @Bound(chars = 100) String household,
                            @Bound(yearsAhead = 0) LocalDate factsFrom) {
}
