package org.bianzhi.establishment.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.establishment.domain.Unit;
import org.bianzhi.establishment.domain.UnitAttributes;
import org.bianzhi.establishment.domain.UnitVersion;
import org.bianzhi.shared.application.Versioned;

/** A unit as shown: its state on {@code asOf} (or its last state, if abolished before). */
public record UnitView(String code, String name, String shortName, List<String> aliases, String kind,
                       String institutionClass, String parentCode, String regionCode, String level, String funding,
                       LocalDate establishedOn, LocalDate abolishedOn, LocalDate stateValidFrom, LocalDate stateValidTo,
                       String basisDocument, String recordedBy, Instant recordedAt, long version) implements Versioned {

    static UnitView of(Unit u, UnitVersion v, String parentCode) {
        UnitAttributes a = v.attributes();
        return new UnitView(u.codeText(), a.name(), a.shortName(), a.aliases(), a.kind().name(),
                a.institutionClass() == null ? null : a.institutionClass().name(), parentCode, a.regionCode(),
                a.level().name(), a.funding().name(), u.establishedOn(), u.abolishedOn(), v.period().validFrom(),
                v.period().validTo(), v.recorded().basisDocument(), v.recorded().recordedBy(), v.recorded().recordedAt(),
                u.version());
    }
}
