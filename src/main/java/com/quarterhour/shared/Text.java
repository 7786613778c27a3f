package com.quarterhour.shared;

/**
 * Text the application accepts from outside. Control characters other than tab, CR and LF have no place in a
 * title, note or name: NUL cannot even be stored in PostgreSQL, and the others hide text from the people who read it.
 */
public final class Text {

    private static final int QUOTED_MAX = 60;

    private Text() {
    }

    /** The first control character other than tab, CR and LF, or -1. */
    public static int firstControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n') {
                return i;
            }
        }
        return -1;
    }

    /** A value quoted back in a message: control characters escaped as \\uXXXX, cut after 60 characters. */
    public static String quotable(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length() && i < QUOTED_MAX; i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return value.length() > QUOTED_MAX ? out + "…" : out.toString();
    }
}
