package org.skillpass.subsidy.application;

import java.util.List;

/**
 * Many claims changed state in one set-based step (batch approval, a notice's publication, a payment file):
 * fired once, inside the transaction of the change, listing one {@link ClaimStateChanged} per claim, so that an
 * observer can apply them all at once (the reporting context adds them up into one statement). Observers that
 * care about single claims observe both events.
 */
public record ClaimsStateChanged(List<ClaimStateChanged> changes) {

    public ClaimsStateChanged {
        changes = List.copyOf(changes);
    }
}
