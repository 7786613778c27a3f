package com.quarterhour.sla;

/** How many open requests took the terms as they stand now. */
public record Reapplied(int reapplied) {
}
