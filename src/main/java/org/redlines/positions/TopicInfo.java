package org.redlines.positions;

public record TopicInfo(String code, String name) {}
