package org.bianzhi.travel.filing.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Travel documents (证件) and their custody ledgers. */
public interface TravelDocumentRepository {

    void add(TravelDocument document);

    Optional<TravelDocument> find(Long id);

    /** The document with its row locked: moves of one document (two clerks checking it out) queue on it. */
    Optional<TravelDocument> lock(Long id);

    Optional<TravelDocument> findByNumber(DocumentType type, String number);

    List<TravelDocument> ofPerson(Long personId);

    /** Documents of the filter, newest first; null fields do not filter. */
    record Filter(DocumentType type, Long personId, String text) {}

    List<TravelDocument> list(Filter filter);

    void add(CustodyMovement movement);

    /** A document's moves in the order they were made. */
    List<CustodyMovement> movementsOf(Long documentId);

    /** The moves of many documents, in order, by document. */
    java.util.Map<Long, List<CustodyMovement>> movementsOf(java.util.Collection<Long> documentIds);

    /** Moves made from {@code from} to {@code to} (inclusive), newest first. */
    List<CustodyMovement> movementsBetween(LocalDate from, LocalDate to);
}
