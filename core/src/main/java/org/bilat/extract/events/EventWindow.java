package org.bilat.extract.events;

/**
 * The tokens around a trigger where its arguments are looked for: {@code from..first-1} before it and
 * {@code last+1..to} after it.
 *
 * @param from first token looked at before the trigger ({@code first} when none)
 * @param first the trigger's first token
 * @param last the trigger's last token
 * @param to last token looked at after the trigger ({@code last} when none)
 */
record EventWindow(int from, int first, int last, int to) {
    EventWindow {
        if (from > first || first > last || last > to) {
            throw new IllegalArgumentException("bad window " + from + ".." + first + ".." + last + ".." + to);
        }
    }

    /** Whether token {@code i} is an argument position (inside the window, outside the trigger). */
    boolean holds(int i) {
        return i >= from && i <= to && (i < first || i > last);
    }
}
