package org.skillpass.certificate.application;

/** A certificate was revoked; fired inside the revoking transaction (reporting recounts its holder's class). */
public record CertificateRevoked(long certificateId) {
}
