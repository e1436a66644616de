package org.bianzhi.establishment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The registry's units. */
public interface UnitRepository {

    Optional<Unit> findByCode(String code);

    Optional<Unit> findById(Long id);

    /** Locks the unit row until the transaction ends (quota control, moves). */
    Optional<Unit> lockByCode(String code);

    void add(Unit unit);

    /**
     * Units by their newest state: {@code parentCode} null means any parent, {@code text} matches names and code,
     * {@code scopePath} (null: all) keeps a subtree only.
     */
    List<Unit> search(String parentCode, boolean topLevel, String text, boolean includeAbolished, String scopePath, int offset, int limit);

    long count(String parentCode, boolean topLevel, String text, boolean includeAbolished, String scopePath);

    boolean nameTaken(String regionCode, String name, Long exceptUnitId);

    /** Re-roots the subtree of {@code unit} after a move: every path under the old prefix gets the new one. */
    void movePaths(String oldPrefix, String newPrefix);

    List<Unit> childrenOf(Long parentId, LocalDate asOf);
}
