package org.bianzhi.shared.application;

/**
 * Fired, inside the transaction, for every change the change log records (and once after a bulk import, for
 * everything), so that what derives from the registry — today's audit findings — can follow it.
 */
public record RegistryChanged(String entityType, Long personId, Long unitId, boolean all) {

    public static RegistryChanged ofEverything() {
        return new RegistryChanged(null, null, null, true);
    }

    /** Whether a unit itself changed (name, kind, region, place in the tree), not something recorded at it. */
    public boolean unitItself() {
        return "unit".equals(entityType);
    }
}
