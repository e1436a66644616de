package org.bianzhi.shared.application;

/**
 * Writes what {@link PersonalDataReads} collected to the access log now. Answers that stream (exports) call it
 * when they finish, since they are written after the response filters have run.
 */
public interface DisclosureLog {

    void flush();
}
