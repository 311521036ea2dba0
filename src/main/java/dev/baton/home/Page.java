package dev.baton.home;

import java.util.List;

/** One page of a paged App Home section: its rows, which page it is (from 0), and how many rows there are in all. */
record Page<T>(List<T> rows, int number, int size, int total) {
    boolean hasPrevious() {
        return number > 0;
    }

    boolean hasNext() {
        return (long) (number + 1) * size < total;
    }

    int pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    /** The page asked for, or the last one when the rows have shrunk since it was shown. */
    static int clamp(int asked, int size, int total) {
        int last = Math.max(0, (total - 1) / size);
        return Math.min(Math.max(0, asked), last);
    }
}
