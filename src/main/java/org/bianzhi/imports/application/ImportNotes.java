package org.bianzhi.imports.application;

import java.util.ArrayList;
import java.util.List;

/** An import's notes (说明), the first {@link #MAX_NOTES} of them and a count of the rest. */
final class ImportNotes {

    private static final int MAX_NOTES = 50;

    private final List<String> list = new ArrayList<>();
    private int more;

    synchronized void add(String note) {
        if (list.contains(note)) return;
        if (list.size() < MAX_NOTES) list.add(note);
        else more++;
    }

    void addAll(List<String> notes) {
        notes.forEach(this::add);
    }

    synchronized String text() {
        List<String> all = new ArrayList<>(list);
        if (more > 0) all.add("另有 " + more + " 条同类说明未列出");
        return all.isEmpty() ? null : String.join("\n", all);
    }
}
