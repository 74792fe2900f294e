package org.allianceledger.events;

/** What an alliance activity was: 公益, 培训, 交流, 专家会诊, or something else. */
public enum ActivityKind {
    PUBLIC_WELFARE,
    TRAINING,
    EXCHANGE,
    EXPERT_CONSULTATION,
    OTHER
}
