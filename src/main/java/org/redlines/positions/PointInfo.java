package org.redlines.positions;

public record PointInfo(String ref, int order, String title, String summary, String topicCode, String topicName,
        String note) {
}
