package org.bianzhi.shared.application;

/**
 * A view of a record that can be edited: its {@code version} goes out as the answer's {@code ETag}, and a change
 * names it back ({@code If-Match} or the body's {@code version}) so nobody overwrites what they did not read.
 */
public interface Versioned {

    long version();
}
