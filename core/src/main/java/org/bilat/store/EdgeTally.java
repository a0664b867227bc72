package org.bilat.store;

import java.util.Optional;

/**
 * The facts behind one link of the network as read: how many in all and how many an analyst has not rejected, so that
 * one read serves the network with rejected facts left out and with them shown.
 *
 * @param total the relations or happenings that make the link
 * @param standing those of them not rejected
 */
record EdgeTally(String source, String target, GraphEdge.Kind kind, String label, int total, int standing) {
    /**
     * The link as drawn: with rejected facts shown, of all its facts and marked rejected when every one is; else of the
     * standing ones alone, and none when no fact stands.
     */
    Optional<GraphEdge> edge(boolean showRejected) {
        if (showRejected) {
            return Optional.of(new GraphEdge(source, target, kind, label, total, standing == 0));
        }
        return standing == 0
                ? Optional.empty()
                : Optional.of(new GraphEdge(source, target, kind, label, standing, false));
    }
}
