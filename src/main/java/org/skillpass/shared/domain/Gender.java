package org.skillpass.shared.domain;

public enum Gender { MALE, FEMALE }
