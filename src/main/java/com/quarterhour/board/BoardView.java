package com.quarterhour.board;

import com.quarterhour.shared.Priority;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * GET /api/board: the rows that match the filter, most urgent first, as of an instant; how many rows are in
 * each state; and what the filters can choose from (every plan, and the technicians assigned to open work).
 */
public record BoardView(Instant asOf, Filter filter, Map<SlaState, Integer> counts, List<BoardRow> rows,
        List<PlanOption> plans, List<String> technicians) {

    public record Filter(Priority priority, String plan, String technician) {
    }

    public record PlanOption(String code, String name) {
    }
}
