package com.quarterhour.engagement;

import com.quarterhour.estimate.EstimateAccuracy.Row;
import java.util.List;

/**
 * GET /api/reports/estimate-accuracy: per component of the estimates of the engagements completed in the months
 * {@code from} to {@code to} (calendar months in the company's time zone), how many engagements were estimated with
 * it, the hours estimated and the actual time attributed to it (an engagement's captured minutes split over its
 * components in proportion to their estimated hours), and actual ÷ estimated; then the total over the engagements.
 */
public record EstimateAccuracyReport(String from, String to, String timeZone, List<Row> components, Row total) {
}
