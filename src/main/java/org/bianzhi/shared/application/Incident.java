package org.bianzhi.shared.application;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 事件编号: an unexpected failure goes to the log with a short number, and the user gets only that number. The
 * exception's own message (English, often with SQL or class names) never reaches a user.
 */
public final class Incident {

    private Incident() {
    }

    /** Logs the failure under a new incident number and returns the number. */
    public static String record(Logger log, String context, Throwable failure) {
        String number = UUID.randomUUID().toString().substring(0, 8);
        log.log(Level.SEVERE, context + ", incident " + number, failure);
        return number;
    }
}
