package org.skillpass.certificate.application;

import org.skillpass.shared.application.Caller;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Subsidies a worker received, for the transcript. The subsidy context implements it; without one the
 * transcript lists none.
 */
public interface SubsidyRecords {

    record Received(String type, BigDecimal amount, String state, LocalDate date) {
    }

    /** Claims of the worker that were approved or paid, within what the caller may see, texts in the locale. */
    List<Received> received(Caller caller, long workerAccountId, Locale locale);
}
