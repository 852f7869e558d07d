package org.skillpass.identity.domain;

public enum RegionLevel { PROVINCE, CITY, COUNTY }
