package org.bilat.store;

/** What a judgement does to its fact; REVERT undoes an earlier judgement. */
public enum JudgementAction {
    ACCEPT,
    REJECT,
    EDIT,
    REVERT
}
