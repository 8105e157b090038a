package dev.refsync.core.model;

/** The only three stages the engines care about; each CRM's stage values map onto these. */
public enum DealStage {
  OPEN,
  CLOSED_WON,
  CLOSED_LOST
}
