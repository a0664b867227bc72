package org.bilat.store;

import java.util.List;

/**
 * What loading another analyst's judgements did.
 *
 * @param added judgements this store did not hold
 * @param known judgements it held already (same id), left as they were
 * @param conflicts facts the analysts judged differently, each listed with every side
 */
public record ImportedJudgements(int added, int known, List<JudgementConflict> conflicts) {
    public ImportedJudgements {
        conflicts = List.copyOf(conflicts);
    }
}
