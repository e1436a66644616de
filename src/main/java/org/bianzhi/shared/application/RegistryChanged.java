package org.bianzhi.shared.application;

/**
 * Fired, inside the transaction, for every change the change log records (and once after a bulk import, for
 * everything), so that what derives from the registry — today's audit findings — can follow it.
 */
public record RegistryChanged(Long personId, Long unitId, boolean all) {

    public static RegistryChanged ofEverything() {
        return new RegistryChanged(null, null, true);
    }
}
