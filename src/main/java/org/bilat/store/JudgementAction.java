package org.bilat.store;

/** What a judgement does to its fact; ADD makes a fact by hand from a quote; REVERT undoes an earlier judgement. */
public enum JudgementAction {
    ACCEPT,
    REJECT,
    EDIT,
    ADD,
    REVERT
}
