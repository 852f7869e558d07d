package org.skillpass.identity.application;

/** What a worker types to register on a phone: real name, resident ID, mobile number, password. */
public record WorkerRegistration(String realName, String idNumber, String phone, String password,
                                 String passwordRepeat, boolean consent, String locale) {
}
