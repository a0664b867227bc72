package org.bilat.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of an entity's happenings, the earliest first (by each happening's earliest day, undated ones last, then
 * id).
 *
 * @param happenings the page's happenings with their accounts
 * @param total how many happenings the entity has in all
 * @param next the cursor of the page after this one, or null when this is the last
 */
public record HappeningPage(
        List<HappeningRow> happenings, int total, @Nullable String next) {
    public HappeningPage {
        happenings = List.copyOf(happenings);
    }
}
