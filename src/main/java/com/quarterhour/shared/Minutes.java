package com.quarterhour.shared;

/** Time as customers read it on invoices, in the portal and in descriptions: "2 h 30 min", "45 min", "3 h", "0 min". */
public final class Minutes {

    private Minutes() {
    }

    public static String text(int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return rest + " min";
        }
        return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }

    /** Time in words, as mails say it: "4 hours", "30 minutes", "1 hour 30 minutes". */
    public static String words(int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return counted(rest, "minute");
        }
        return rest == 0 ? counted(hours, "hour") : counted(hours, "hour") + " " + counted(rest, "minute");
    }

    private static String counted(int count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
