package org.redlines.positions;

public record ActorInfo(String code, String name) {}
