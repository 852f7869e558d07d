package org.skillpass.catalog.domain;

/** 现场, 流动, 送学下乡, 远程, 企业定岗. */
public enum DeliveryMode { ON_SITE, MOBILE, VILLAGE, ONLINE, ENTERPRISE_POST }
