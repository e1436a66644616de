package org.bianzhi.imports.domain;

import java.time.LocalDate;
import org.bianzhi.establishment.domain.UnitAttributes;

/**
 * A unit in a units import's picture of the tree: one on record (its id and path known), or one a row of the file
 * establishes ({@code row} > 0; id and path assigned when it is stored, after its parent's).
 * {@code attributes} and {@code parent} are its latest state.
 */
public final class UnitNode {

    private final int row;
    private final String code;
    private final UnitAttributes attributes;
    private final LocalDate establishedOn;
    private final LocalDate abolishedOn;
    private UnitNode parent;
    private Long id;
    private String path;

    private UnitNode(int row, String code, UnitAttributes attributes, LocalDate establishedOn, LocalDate abolishedOn) {
        this.row = row;
        this.code = code;
        this.attributes = attributes;
        this.establishedOn = establishedOn;
        this.abolishedOn = abolishedOn;
    }

    public static UnitNode onRecord(long id, String code, String path, UnitAttributes attributes, LocalDate establishedOn,
                                    LocalDate abolishedOn) {
        UnitNode n = new UnitNode(0, code, attributes, establishedOn, abolishedOn);
        n.id = id;
        n.path = path;
        return n;
    }

    public static UnitNode planned(int row, String code, UnitAttributes attributes, UnitNode parent, LocalDate on) {
        UnitNode n = new UnitNode(row, code, attributes, on, null);
        n.parent = parent;
        return n;
    }

    /** Links a unit on record to its parent's node, once all are read. */
    public void placeUnder(UnitNode parent) {
        this.parent = parent;
    }

    /** Gives a planned unit its id; its path follows from its parent's ({@code /12/345/}, as {@code Unit.placeUnder}). */
    public void assign(long id) {
        this.id = id;
        this.path = (parent == null ? "/" : parent.path) + id + "/";
    }

    /** Whether it exists on {@code date}: its states run without gaps from its establishment to its abolition. */
    public boolean activeOn(LocalDate date) {
        return !date.isBefore(establishedOn) && (abolishedOn == null || date.isBefore(abolishedOn));
    }

    public String nameKey() {
        return nameKey(attributes);
    }

    /** Region and name, unique among units not abolished ({@code unit.name_key}). */
    public static String nameKey(UnitAttributes a) {
        return a.regionCode() + ":" + a.name();
    }

    public int row() { return row; }
    public String code() { return code; }
    public UnitAttributes attributes() { return attributes; }
    public LocalDate establishedOn() { return establishedOn; }
    public LocalDate abolishedOn() { return abolishedOn; }
    public UnitNode parent() { return parent; }
    public Long id() { return id; }
    public String path() { return path; }
}
