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

    /** Units whose state on {@code asOf} matches; {@code parentCode} null means any, {@code text} matches names. */
    List<Unit> search(String parentCode, String text, boolean includeAbolished, int offset, int limit);

    long count(String parentCode, String text, boolean includeAbolished);

    boolean nameTaken(String regionCode, String name, Long exceptUnitId);

    /** Re-roots the subtree of {@code unit} after a move: every path under the old prefix gets the new one. */
    void movePaths(String oldPrefix, String newPrefix);

    List<Unit> childrenOf(Long parentId, LocalDate asOf);
}
