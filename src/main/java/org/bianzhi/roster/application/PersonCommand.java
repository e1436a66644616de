package org.bianzhi.roster.application;

import java.time.LocalDate;

/**
 * A person as a clerk enters them. Gender and birth date may be left out (the ID number gives them);
 * enumerations may be codes or Chinese names.
 */
public record PersonCommand(String idNumber, String name, String gender, LocalDate birthDate, String identity,
                            String basisDocument, Long version) {
}
