package dev.fakecognito.server.internal.state;

import java.util.List;

/**
 * One page of a listing in creation order.
 *
 * @param items        the items of this page
 * @param lastSequence the creation sequence of the last item, to resume after it
 * @param hasMore      whether more items follow
 * @param <T>          the item type
 */
public record Page<T>(List<T> items, long lastSequence, boolean hasMore) {

    /** Copies the items. */
    public Page {
        items = List.copyOf(items);
    }
}
