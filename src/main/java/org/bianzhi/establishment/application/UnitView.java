package org.bianzhi.establishment.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.establishment.domain.Unit;
import org.bianzhi.establishment.domain.UnitAttributes;
import org.bianzhi.establishment.domain.UnitVersion;
import org.bianzhi.shared.application.Versioned;

import static org.bianzhi.shared.domain.Labeled.codeOf;
import static org.bianzhi.shared.domain.Labeled.labelOf;

/** A unit as shown: its state on {@code asOf} (or its last state, if abolished before). */
public record UnitView(String code, String name, String shortName, List<String> aliases, String kind, String kindLabel,
                       String institutionClass, String institutionClassLabel, String parentCode, String regionCode,
                       String level, String levelLabel, String funding, String fundingLabel,
                       LocalDate establishedOn, LocalDate abolishedOn, LocalDate stateValidFrom, LocalDate stateValidTo,
                       String basisDocument, String recordedBy, Instant recordedAt, long version) implements Versioned {

    static UnitView of(Unit u, UnitVersion v, String parentCode) {
        UnitAttributes a = v.attributes();
        return new UnitView(u.codeText(), a.name(), a.shortName(), a.aliases(), codeOf(a.kind()), labelOf(a.kind()),
                codeOf(a.institutionClass()), labelOf(a.institutionClass()), parentCode, a.regionCode(),
                codeOf(a.level()), labelOf(a.level()), codeOf(a.funding()), labelOf(a.funding()), u.establishedOn(), u.abolishedOn(), v.period().validFrom(),
                v.period().validTo(), v.recorded().basisDocument(), v.recorded().recordedBy(), v.recorded().recordedAt(),
                u.version());
    }
}
