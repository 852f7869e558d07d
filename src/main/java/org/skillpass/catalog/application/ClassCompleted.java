package org.skillpass.catalog.application;

import org.skillpass.shared.application.Caller;

/** Fired inside the transaction that completes a class, so its enrolments complete with it. */
public record ClassCompleted(Caller caller, long classId) {
}
