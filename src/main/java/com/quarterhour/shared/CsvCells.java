package com.quarterhour.shared;

/**
 * Cells of the CSV files the application writes, safe to open in a spreadsheet: text that a spreadsheet would run
 * as a formula (starting with =, +, -, @, tab or CR; OWASP's "CSV injection") gets a leading apostrophe, so it shows
 * as the text it is. Numbers, dates and empty cells are written as they are: a refund's -12.00 stays a number.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static Object[] of(Object... values) {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = values[i] instanceof CharSequence text ? text(text.toString()) : values[i];
        }
        return cells;
    }

    public static String text(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
