package org.bianzhi.shared.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.function.Supplier;

/**
 * Runs work in a transaction of its own, demarcated by the EJB container. For work started on a background
 * thread: there, Payara began no transaction for a CDI {@code @Transactional(REQUIRES_NEW)} method, and each
 * service call inside committed on its own (an all-or-nothing import of 20,000 units was visible row by row).
 * A runtime exception rolls the transaction back; exceptions marked {@code @ApplicationException} pass as they are.
 */
@Stateless
public class NewTransaction {

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T run(Supplier<T> work) {
        return work.get();
    }
}
