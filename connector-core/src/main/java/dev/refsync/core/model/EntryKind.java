package dev.refsync.core.model;

/** A ledger line either accrues a commission or reverses one (DESIGN 5). */
public enum EntryKind {
  ACCRUAL,
  CLAWBACK
}
