package org.bilat.extract.events;

/** How a trigger tells its happening, which decides how readily it joins another telling of it. */
enum TriggerForm {
    /** A verb: "Kenya signed an agreement". */
    VERB,
    /** A verb whose object refers back ("the agreement was signed by", "the talks were held"): undated, it retells the latest such event. */
    REFERRING,
    /**
     * A noun with an actor of its own, or one a past verb of doing tells as done, a happening even undated: "Kenya's
     * invasion of Utopia", "witnessed the signing of an agreement".
     */
    OWNED,
    /** A noun: "the signing of an agreement in 2015", often a second telling. */
    NOUN,
    /**
     * A noun with its own actor that only anchors a time ("before Borduria's invasion of Syldavia"): a happening of
     * its own only when no other telling of its type shares an actor.
     */
    ANCHORED,
    /** An undated noun after "the", "this" or "these": "the exercise", a telling of the last such event. */
    ANAPHOR
}
