package dev.refsync.salesforce.rest;

/**
 * A Bulk API 2.0 query job's state (Bulk API 2.0 guide, "Get Information About a Query Job").
 *
 * @param state {@code UploadComplete}, {@code InProgress}, {@code JobComplete}, {@code Failed} or
 *     {@code Aborted}
 * @param errorMessage why a failed job failed; null otherwise
 */
public record QueryJobState(String id, String state, String errorMessage) {
  public boolean complete() {
    return "JobComplete".equals(state);
  }

  /** Failed or aborted: its results will never come. */
  public boolean ended() {
    return "Failed".equals(state) || "Aborted".equals(state);
  }
}
