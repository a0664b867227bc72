package org.bilat.store;

/**
 * What a judgement does: to a fact ACCEPT, REJECT, EDIT, or ADD (a fact made by hand from a quote); to an entity RENAME, RETYPE, MERGE (others into it), SPLIT
 * (spellings or mentions off into a new entity); REVERT undoes an earlier judgement.
 */
public enum JudgementAction {
    ACCEPT,
    REJECT,
    EDIT,
    ADD,
    REVERT,
    RENAME,
    RETYPE,
    MERGE,
    SPLIT
}
